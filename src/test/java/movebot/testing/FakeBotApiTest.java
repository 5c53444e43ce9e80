package movebot.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.core.JsonProcessingException;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The fake Bot API, driven by the real telegrambots client (and raw HTTP where that says more). */
class FakeBotApiTest {
  private static final String TOKEN = "123456:fake-test-token";
  private static final Duration WAIT = Duration.ofSeconds(10);

  private FakeBotApi api;
  private OkHttpTelegramClient client;

  @BeforeEach
  void start() {
    api = FakeBotApi.start(TOKEN);
    client = new OkHttpTelegramClient(TOKEN, telegramUrl());
  }

  @AfterEach
  void stop() {
    api.close();
  }

  // ---- answers ------------------------------------------------------------------------------

  @Test
  void getMeReturnsTheBotWithTheConfiguredUsername() throws TelegramApiException {
    api.setBotUsername("other_test_bot");

    User me = client.execute(new GetMe());

    assertTrue(me.getIsBot());
    assertEquals(123456L, me.getId());
    assertEquals("other_test_bot", me.getUserName());
  }

  @Test
  void sendMessageReturnsAMessageAndIsRecordedWithItsParams() throws TelegramApiException {
    Message sent = client.execute(SendMessage.builder().chatId(42L).text("hello").build());

    assertEquals(42L, sent.getChatId());
    assertEquals("hello", sent.getText());
    RecordedCall call = api.calls("sendMessage").get(0);
    assertEquals(42L, call.chatId());
    assertEquals("hello", call.param("text"));
    assertEquals(200, call.httpStatus());
    assertEquals("application/json", call.contentType());
  }

  @Test
  void messageIdsIncrease() throws TelegramApiException {
    Message first = client.execute(SendMessage.builder().chatId(42L).text("one").build());
    Message second = client.execute(SendMessage.builder().chatId(42L).text("two").build());

    assertTrue(second.getMessageId() > first.getMessageId());
  }

  @Test
  void sendPhotoArrivesAsMultipartWithTheFileAndTextFields() throws TelegramApiException {
    byte[] png = TestImages.png(40, 30, 1);
    Message sent = client.execute(SendPhoto.builder()
        .chatId(42L)
        .photo(new InputFile(new ByteArrayInputStream(png), "stretch.png"))
        .caption("Cat-cow, 10 times")
        .build());

    assertEquals(40, sent.getPhoto().get(sent.getPhoto().size() - 1).getWidth());
    assertEquals("Cat-cow, 10 times", sent.getCaption());
    RecordedCall call = api.calls("sendPhoto").get(0);
    assertEquals("multipart/form-data", call.contentType());
    assertEquals(new UploadedFile("stretch.png", "application/octet-stream", png), call.file("photo"));
    assertEquals(png.length, call.params().path("photo").path("size").asInt());
    assertEquals("stretch.png", call.params().path("photo").path("filename").asText());
    assertEquals(42L, call.chatId());
    assertEquals("Cat-cow, 10 times", call.param("caption"));
  }

  @Test
  void formEncodedRequestsAreAccepted() throws Exception {
    HttpResponse<String> response = post("sendMessage", "application/x-www-form-urlencoded",
        "chat_id=5&text=hi%20there");

    assertEquals(200, response.statusCode());
    RecordedCall call = api.calls("sendMessage").get(0);
    assertEquals(5L, call.chatId());
    assertEquals("hi there", call.param("text"));
  }

  @Test
  void htmlTextIsCheckedAndReturnedAsTheUserSeesIt() throws TelegramApiException {
    Message sent = client.execute(SendMessage.builder()
        .chatId(42L).parseMode("HTML").text("<b>Walk</b> 10 &lt; 20 minutes").build());

    assertEquals("Walk 10 < 20 minutes", sent.getText());
  }

  @Test
  void unsupportedHtmlIsRefusedAsTelegramRefusesIt() {
    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(SendMessage.builder()
            .chatId(42L).parseMode("HTML").text("<div>hi</div>").build()));

    assertEquals(400, e.getErrorCode());
    assertEquals("Bad Request: can't parse entities: Unsupported start tag \"div\" at byte offset 0",
        e.getApiResponse());
  }

  @Test
  void textOver4096CharactersIsRefused() throws Exception {
    String body = "{\"chat_id\":42,\"text\":\"" + "a".repeat(4097) + "\"}";

    HttpResponse<String> response = post("sendMessage", "application/json", body);

    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("Bad Request: message is too long"), response.body());
  }

  @Test
  void callbackDataOver64BytesIsRefused() throws Exception {
    String button = "{\"text\":\"x\",\"callback_data\":\"" + "d".repeat(65) + "\"}";
    String body = "{\"chat_id\":42,\"text\":\"hi\",\"reply_markup\":{\"inline_keyboard\":[[" + button + "]]}}";

    HttpResponse<String> response = post("sendMessage", "application/json", body);

    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("BUTTON_DATA_INVALID"), response.body());
  }

  @Test
  void wrongTokenIsUnauthorized() {
    OkHttpTelegramClient stranger = new OkHttpTelegramClient("999:wrong-token", telegramUrl());

    TelegramApiRequestException e =
        assertThrows(TelegramApiRequestException.class, () -> stranger.execute(new GetMe()));

    assertEquals(401, e.getErrorCode());
    assertEquals("Unauthorized", e.getApiResponse());
    assertEquals(401, api.calls("getMe").get(0).httpStatus());
  }

  @Test
  void unknownMethodIsNotFound() throws Exception {
    HttpResponse<String> response = post("sendTelepathy", "application/json", "{}");

    assertEquals(404, response.statusCode());
    assertEquals("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}",
        response.body());
  }

  // ---- updates ------------------------------------------------------------------------------

  @Test
  void getUpdatesHonoursOffsetAndLimit() throws TelegramApiException {
    api.injectMessage(42, 42, "first");
    long second = api.injectMessage(42, 42, "second");
    api.injectMessage(42, 42, "third");

    List<Update> updates =
        client.execute(GetUpdates.builder().offset((int) second).limit(1).timeout(0).build());

    assertEquals(1, updates.size());
    assertEquals("second", updates.get(0).getMessage().getText());
    assertEquals(2, api.pendingUpdates(), "the first update is confirmed by the offset");
  }

  @Test
  void aLongPollWaitsUntilAnUpdateArrives() throws Exception {
    CompletableFuture<ArrayList<Update>> poll =
        client.executeAsync(GetUpdates.builder().offset(1).timeout(30).build());
    api.awaitCall("getUpdates", call -> true, WAIT);
    assertFalse(poll.isDone(), "nothing to deliver yet, so the poll is still waiting");

    api.injectMessage(42, 42, "hello");

    List<Update> updates = poll.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertEquals("hello", updates.get(0).getMessage().getText());
  }

  @Test
  @SuppressWarnings("try") // the library declares close() throws Exception
  void theLongPollingApplicationReceivesAnInjectedMessageAndConfirmsItsOffset() throws Exception {
    BlockingQueue<Update> received = new LinkedBlockingQueue<>();
    try (TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication()) {
      app.registerBot(TOKEN, this::telegramUrl, new DefaultGetUpdatesGenerator(), received::addAll);

      long id = api.injectMessage(42, 7, "/start");

      Update update = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertEquals(id, update.getUpdateId().longValue());
      assertEquals("bot_command", update.getMessage().getEntities().get(0).getType());
      assertEquals(7L, update.getMessage().getFrom().getId());
      api.awaitCall("getUpdates", call -> call.params().path("offset").asLong() == id + 1, WAIT);
      assertEquals(0, api.pendingUpdates());
      assertEquals(1, api.calls("deleteWebhook").size());
    }
  }

  @Test
  void groupMessagesCarryTheGroupChatAndMentionEntities() throws TelegramApiException {
    long id = api.injectGroupMessage(-100L, 7, "hey @movebot_test_bot how long should I walk?");

    Update update = fetch(id);

    assertTrue(update.getMessage().isGroupMessage());
    assertEquals(-100L, update.getMessage().getChatId());
    assertEquals("mention", update.getMessage().getEntities().get(0).getType());
    assertEquals("@movebot_test_bot", update.getMessage().getEntities().get(0).getText());
  }

  @Test
  void groupRepliesPointAtTheBotsMessage() throws TelegramApiException {
    long id = api.injectGroupReply(-100L, 7, 55, "and for sciatica?");

    Message reply = fetch(id).getMessage().getReplyToMessage();

    assertEquals(55, reply.getMessageId());
    assertEquals(api.botId(), reply.getFrom().getId());
  }

  @Test
  void callbacksCarryTheirDataAndTheMessageTheyCameFrom() throws TelegramApiException {
    long id = api.injectCallback(42, 7, 55, "topic:walking");

    Update update = fetch(id);

    assertEquals("topic:walking", update.getCallbackQuery().getData());
    assertEquals(7L, update.getCallbackQuery().getFrom().getId());
    assertEquals(55, update.getCallbackQuery().getMessage().getMessageId());
  }

  @Test
  void stickersArriveAsStickerMessages() throws TelegramApiException {
    long id = api.injectSticker(42, 7);

    assertTrue(fetch(id).getMessage().hasSticker());
  }

  @Test
  void rawUpdatesArriveAsGiven() throws TelegramApiException {
    long id = api.injectRaw("{\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":42,\"type\":\"private\"}}}");

    Update update = fetch(id);

    assertEquals(id, update.getUpdateId().longValue());
    assertEquals(null, update.getMessage().getText());
  }

  /**
   * telegrambots reads a message with date 0 as an InaccessibleMessage, which cannot stand where a
   * Message must, so the whole getUpdates batch fails; the long-polling session then retries the
   * same offset forever. The bot steps over such an update itself (UpdateRequests); a plain
   * client does not.
   */
  @Test
  void aMessageDatedZeroFailsTheClientsWholeBatch() {
    api.injectMessage(42, 7, "fine");
    api.injectRaw("{\"message\":{\"message_id\":1,\"date\":0,\"chat\":{\"id\":42,\"type\":\"private\"}}}");

    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(GetUpdates.builder().timeout(0).build()));

    assertEquals("Unable to deserialize response", e.getMessage());
  }

  /**
   * telegrambots 10.2.0 fills MessageEntity.text inside Message.getEntities(), and isCommand()
   * reads the field directly: until getEntities() has been called once, a "/start" message is
   * not a command. Code that routes commands must not rely on isCommand() alone.
   */
  @Test
  void telegrambotsIsCommandIsFalseUntilGetEntitiesHasBeenCalled() throws TelegramApiException {
    long id = api.injectMessage(42, 7, "/start");
    Message message = fetch(id).getMessage();

    boolean before = message.isCommand();
    message.getEntities();
    boolean after = message.isCommand();

    assertFalse(before);
    assertTrue(after);
  }

  @Test
  void closeReturnsPromptlyWhileALongPollIsPending() throws Exception {
    CompletableFuture<ArrayList<Update>> poll =
        client.executeAsync(GetUpdates.builder().offset(1).timeout(50).build());
    api.awaitCall("getUpdates", call -> true, WAIT);

    assertTimeoutPreemptively(Duration.ofSeconds(5), api::close);

    assertEquals(List.of(), poll.get(5, TimeUnit.SECONDS), "the pending poll is answered, empty");
  }

  // ---- faults -------------------------------------------------------------------------------

  @Test
  void tooManyRequestsCarriesRetryAfter() {
    api.failNext("sendMessage", Fault.tooManyRequests(7), 1);

    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class, () -> send(42, "hi"));

    assertEquals(429, e.getErrorCode());
    assertEquals(7, e.getParameters().getRetryAfter());
    assertEquals("Too Many Requests: retry after 7", e.getApiResponse());
  }

  @Test
  void forbiddenCarriesItsDescription() {
    api.failNext("sendMessage", Fault.forbidden("Forbidden: bot was blocked by the user"), 1);

    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class, () -> send(42, "hi"));

    assertEquals(403, e.getErrorCode());
    assertEquals("Forbidden: bot was blocked by the user", e.getApiResponse());
  }

  @Test
  void failChatRefusesEverySendToThatChatOnly() throws TelegramApiException {
    api.failChat(7, Fault.badRequest("Bad Request: chat not found"));

    for (int i = 0; i < 2; i++) {
      TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class, () -> send(7, "hi"));
      assertEquals(400, e.getErrorCode());
      assertEquals("Bad Request: chat not found", e.getApiResponse());
    }
    send(8, "hi");

    api.clearFaults();
    send(7, "hi again");
  }

  @Test
  void failNextAppliesOnlyTheGivenNumberOfTimes() throws TelegramApiException {
    api.failNext("sendMessage", Fault.serverError(500), 2);

    for (int i = 0; i < 2; i++) {
      TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class, () -> send(42, "hi"));
      assertEquals(500, e.getErrorCode());
    }
    send(42, "hi");

    assertEquals(List.of(500, 500, 200),
        api.calls("sendMessage").stream().map(RecordedCall::httpStatus).toList());
  }

  @Test
  void failForFailsEveryCallUntilTheOutageEnds() throws Exception {
    api.failFor("sendMessage", Fault.serverError(502), Duration.ofMillis(300));
    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class, () -> send(42, "hi"));
    assertEquals(502, e.getErrorCode());
    assertThrows(TelegramApiRequestException.class, () -> send(42, "hi"));
    Eventually.await(() -> {
      try {
        send(42, "after");
        return true;
      } catch (TelegramApiException stillDown) {
        return false;
      }
    }, WAIT, "the outage ends");
    List<Integer> statuses = api.calls("sendMessage").stream().map(RecordedCall::httpStatus).toList();
    assertEquals(200, statuses.get(statuses.size() - 1));
    assertTrue(statuses.subList(0, statuses.size() - 1).stream().allMatch(s -> s == 502), statuses.toString());
  }

  @Test
  void anHtmlErrorPageFailsTheCall() {
    api.failNext("sendMessage", Fault.htmlError(502), 1);

    TelegramApiException e = assertThrows(TelegramApiException.class, () -> send(42, "hi"));

    assertEquals(502, api.calls("sendMessage").get(0).httpStatus());
    // The client reads the body whatever the status; an HTML page is "Unable to deserialize
    // response" with error code 0: the 502 itself is lost.
    TelegramApiRequestException requestException = assertInstanceOf(TelegramApiRequestException.class, e);
    assertEquals(0, requestException.getErrorCode());
    assertInstanceOf(JsonProcessingException.class, e.getCause());
  }

  @Test
  void conflictTellsAPollerItWasReplaced() {
    api.failNext("getUpdates", Fault.conflict(), 1);

    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(GetUpdates.builder().timeout(0).build()));

    assertEquals(409, e.getErrorCode());
    assertTrue(e.getApiResponse().startsWith("Conflict: terminated by other getUpdates request"));
  }

  @Test
  void delayAnswersNormallyAfterThePause() throws TelegramApiException {
    api.failNext("sendMessage", Fault.delay(Duration.ofMillis(300)), 1);
    long start = System.nanoTime();

    Message sent = send(42, "hi");

    assertEquals("hi", sent.getText());
    assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos());
  }

  @Test
  void aDroppedConnectionFailsTheCallWithAnIoException() {
    api.failNext("sendMessage", Fault.dropConnection(), 1);

    TelegramApiException e = assertThrows(TelegramApiException.class, () -> send(42, "hi"));

    assertTrue(causedBy(e, IOException.class), "cause chain: " + causes(e));
    assertEquals(List.of(0), api.calls("sendMessage").stream().map(RecordedCall::httpStatus).toList());
  }

  /**
   * OkHttp's default retryOnConnectionFailure re-sends a POST whose pooled connection was closed
   * without an answer: the caller sees success, the server saw the message twice. (On a fresh
   * connection to a single address it does not retry: see the test above.)
   */
  @Test
  void okHttpByDefaultResendsAPostWhenAPooledConnectionIsDropped() throws TelegramApiException {
    send(42, "warm up the connection pool");
    api.failNext("sendMessage", Fault.dropConnection(), 1);

    Message sent = send(42, "once");

    assertEquals("once", sent.getText());
    assertEquals(List.of(0, 200), statusesOf("once"), "the same POST arrived twice");
  }

  @Test
  void okHttpWithoutRetryOnConnectionFailureSendsAPostOnce() throws TelegramApiException {
    OkHttpClient noRetry = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    OkHttpTelegramClient careful = new OkHttpTelegramClient(noRetry, TOKEN, telegramUrl());
    careful.execute(SendMessage.builder().chatId(42L).text("warm up the connection pool").build());
    api.failNext("sendMessage", Fault.dropConnection(), 1);

    assertThrows(TelegramApiException.class,
        () -> careful.execute(SendMessage.builder().chatId(42L).text("once").build()));

    assertEquals(List.of(0), statusesOf("once"));
  }

  @Test
  void enforcedPerChatRateRefusesTheExtraMessageAndCountsIt() throws TelegramApiException {
    api.enforceRate(1000, 0.01); // one message per chat per 100 s: no timing luck involved

    send(42, "first");
    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class, () -> send(42, "second"));
    send(43, "another chat");

    assertEquals(429, e.getErrorCode());
    assertTrue(e.getParameters().getRetryAfter() >= 1);
    assertEquals(1, api.rateLimitViolations());
  }

  @Test
  void enforcedGlobalRateRefusesTheExtraMessage() throws TelegramApiException {
    api.enforceRate(0.01, 1000);

    send(42, "first");
    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class, () -> send(43, "second"));

    assertEquals(429, e.getErrorCode());
    assertEquals(1, api.rateLimitViolations());
  }

  // ---- waiting ------------------------------------------------------------------------------

  @Test
  void awaitCallWaitsForACallStillToCome() {
    CompletableFuture<Message> sending = CompletableFuture.supplyAsync(() -> {
      try {
        return send(42, "later");
      } catch (TelegramApiException e) {
        throw new IllegalStateException(e);
      }
    });

    RecordedCall call = api.awaitCall("sendMessage", c -> "later".equals(c.param("text")), WAIT);

    assertEquals(42L, call.chatId());
    sending.join();
  }

  @Test
  void awaitCallTimesOutListingWhatWasReceived() throws TelegramApiException {
    send(42, "hello");

    AssertionError e = assertThrows(AssertionError.class,
        () -> api.awaitCall("sendMessage", c -> c.chatId() == 99, Duration.ofMillis(100)));

    assertTrue(e.getMessage().contains("hello"), e.getMessage());
  }

  @Test
  void awaitCallsTimesOutWithTheCountReceived() throws TelegramApiException {
    send(42, "only one");

    AssertionError e = assertThrows(AssertionError.class,
        () -> api.awaitCalls("sendMessage", 2, Duration.ofMillis(100)));

    assertTrue(e.getMessage().contains("expected 2 sendMessage calls"), e.getMessage());
    assertTrue(e.getMessage().contains("but got 1"), e.getMessage());
  }

  // ---- helpers ------------------------------------------------------------------------------

  private TelegramUrl telegramUrl() {
    return new TelegramUrl("http", api.host(), api.port(), false);
  }

  private Message send(long chatId, String text) throws TelegramApiException {
    return client.execute(SendMessage.builder().chatId(chatId).text(text).build());
  }

  private Update fetch(long updateId) throws TelegramApiException {
    List<Update> updates =
        client.execute(GetUpdates.builder().offset((int) updateId).limit(1).timeout(0).build());
    assertEquals(1, updates.size());
    return updates.get(0);
  }

  private List<Integer> statusesOf(String text) {
    return api.calls("sendMessage").stream()
        .filter(call -> text.equals(call.param("text")))
        .map(RecordedCall::httpStatus)
        .toList();
  }

  private HttpResponse<String> post(String method, String contentType, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/bot" + TOKEN + "/" + method))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String causes(Throwable e) {
    StringBuilder chain = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      chain.append(t).append(" <- ");
    }
    return chain.toString();
  }
}
