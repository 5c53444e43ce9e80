package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import movebot.chat.Button;
import movebot.chat.Html;
import movebot.chat.Outbound.Lane;
import movebot.chat.Outbound.Outcome;
import movebot.chat.Reply;
import movebot.testing.Fault;
import movebot.testing.RecordedCall;
import movebot.testing.TestImages;
import org.junit.jupiter.api.Test;

/** Photos and documents from the bot's own sender, through the real telegrambots client, to the fake. */
class MediaRepliesTest extends WholeBotTest {
  static final String TOKEN = "4343:test-token-for-the-fake-api";
  static final Duration WAIT = Duration.ofSeconds(10);


  MediaRepliesTest() {
    super(TOKEN);
  }

  private Outcome send(Reply reply) throws Exception {
    CompletableFuture<Outcome> done = new CompletableFuture<>();
    running.outbound().send(reply, Lane.REPLY, done::complete);
    return done.get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  @Test
  void aPhotoArrivesAsSendPhotoWithItsExactBytesCaptionAndButtons() throws Exception {
    byte[] png = TestImages.png(64, 48, 11);
    List<List<Button>> buttons = List.of(List.of(new Button("Last week", "p:w1"), new Button("This week", "p:w2")));

    Outcome outcome = send(new Reply.Photo(50, png, "progress.png", "<b>Your week</b> &amp; more", buttons));

    assertEquals(Outcome.DELIVERED, outcome);
    RecordedCall call = api.calls("sendPhoto").get(0);
    assertEquals(50, call.chatId());
    assertArrayEquals(png, call.file("photo").bytes());
    assertEquals("progress.png", call.file("photo").fileName());
    assertEquals("<b>Your week</b> &amp; more", call.param("caption"));
    assertTrue(call.param("parse_mode").equalsIgnoreCase("html"));
    assertEquals(List.of("p:w1", "p:w2"), call.buttonData());
  }

  @Test
  void aDocumentArrivesAsSendDocumentWithItsExactBytesAndName() throws Exception {
    byte[] json = "{\"user\":51,\"reminders\":[\"07:30 Europe/Berlin\"]}".getBytes(StandardCharsets.UTF_8);

    Outcome outcome = send(new Reply.Document(51, json, "movebot-data.json", "Everything stored about you"));

    assertEquals(Outcome.DELIVERED, outcome);
    RecordedCall call = api.calls("sendDocument").get(0);
    assertEquals(51, call.chatId());
    assertArrayEquals(json, call.file("document").bytes());
    assertEquals("movebot-data.json", call.file("document").fileName());
    assertEquals("Everything stored about you", call.param("caption"));
    assertEquals(null, call.param("reply_markup"));
  }

  @Test
  void afterA429ThePhotoIsDeliveredOnceWithItsBytesIntact() throws Exception {
    byte[] png = TestImages.png(32, 32, 12);
    api.failNext("sendPhoto", Fault.tooManyRequests(1), 1);

    Outcome outcome = send(new Reply.Photo(52, png, "chart.png", "Week 2", List.of()));

    assertEquals(Outcome.DELIVERED, outcome);
    List<RecordedCall> calls = api.calls("sendPhoto");
    assertEquals(List.of(429, 200), calls.stream().map(RecordedCall::httpStatus).toList());
    for (RecordedCall call : calls) {
      assertArrayEquals(png, call.file("photo").bytes(), "every attempt uploads the whole file");
    }
    assertTrue(calls.get(1).at().isAfter(calls.get(0).at().plusMillis(900)), "waited for retry_after");
  }

  @Test
  void afterA5xxTheDocumentIsSentAgainInFull() throws Exception {
    byte[] content = new byte[100_000];
    new Random(13).nextBytes(content);
    api.failNext("sendDocument", Fault.serverError(502), 1);

    Outcome outcome = send(new Reply.Document(53, content, "export.bin", ""));

    assertEquals(Outcome.DELIVERED, outcome);
    List<RecordedCall> calls = api.calls("sendDocument");
    assertEquals(List.of(502, 200), calls.stream().map(RecordedCall::httpStatus).toList());
    assertArrayEquals(content, calls.get(1).file("document").bytes());
    assertEquals(null, calls.get(1).param("caption"), "an empty caption is left out");
  }

  @Test
  void aTooLongCaptionIsCutToTheLimitAndStaysValidHtml() throws Exception {
    String caption = "<b>Progress</b> " + "walked 10 &lt; 20 minutes, ".repeat(80);

    Outcome outcome = send(new Reply.Photo(54, TestImages.png(8, 8, 14), "p.png", caption, List.of()));

    assertEquals(Outcome.DELIVERED, outcome, "the fake refuses broken HTML and captions over 1,024");
    String sent = api.calls("sendPhoto").get(0).param("caption");
    String visible = Html.toPlain(sent);
    assertEquals(MessageLimits.MAX_CAPTION, visible.length());
    assertTrue(visible.startsWith("Progress walked 10 < 20 minutes"), visible);
    assertTrue(sent.endsWith("…"));
    SentReplies.assertAllValid(api);
  }

  @Test
  void aPhotoToABlockedChatReportsTheChatGone() throws Exception {
    api.failChat(55, Fault.forbidden("Forbidden: bot was blocked by the user"));

    Outcome outcome = send(new Reply.Photo(55, TestImages.png(4, 4, 15), "p.png", "", List.of()));

    assertEquals(Outcome.CHAT_GONE, outcome);
    assertEquals(1, api.calls("sendPhoto").size(), "a refusal is not retried");
  }

  @Test
  void aFileNameTheMultipartEncodingWouldMangleStillReachesTelegram() throws Exception {
    Outcome outcome = send(new Reply.Document(56, new byte[] {1, 2, 3}, "week \"3\"\n.json", ""));

    assertEquals(Outcome.DELIVERED, outcome);
    assertEquals("week _3__.json", api.calls("sendDocument").get(0).file("document").fileName());
  }
}
