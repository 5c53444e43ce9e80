package movebot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Telegram Bot API on 127.0.0.1 for tests: a real HTTP server speaking Bot API JSON, so the
 * real telegrambots client can be pointed at it. It records every call, holds updates for
 * getUpdates (with offsets and long polling), and plays faults on demand: error answers, delays,
 * dropped connections, and optionally Telegram's flood control.
 *
 * <pre>{@code
 * try (FakeBotApi api = FakeBotApi.start("123:token")) {
 *   api.injectMessage(42, 42, "/start");
 *   // ... run the bot against api.baseUrl() ...
 *   RecordedCall reply = api.awaitCall("sendMessage", c -> c.chatId() == 42, Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class FakeBotApi implements AutoCloseable {
  public static final String DEFAULT_USERNAME = "movebot_test_bot";

  private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/(?:test/)?([^/]+)/?$");
  private static final int DEFAULT_BOT_ID = 1_000_001;
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);
  private static final String JSON = "application/json";

  static {
    // The JDK server writes headers and body as separate TCP segments; with Nagle's algorithm on,
    // the client's delayed ACK then costs ~40 ms per call (about 20 calls/s instead of
    // thousands). It reads this flag once, when the first HttpServer in the JVM starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final String token;
  private final long botId;
  private volatile String botUsername = DEFAULT_USERNAME;
  private final HttpServer server;
  private final ExecutorService executor;
  private final CallLog calls = new CallLog();
  private final UpdateQueue updates = new UpdateQueue();
  private final FaultPlan faults = new FaultPlan();
  private final RateLimitEnforcer rateLimit = new RateLimitEnforcer();
  private final AtomicLong messageIds = new AtomicLong();
  private final AtomicLong callbackIds = new AtomicLong();
  private final BotMethods methods;
  private final CountDownLatch closing = new CountDownLatch(1);
  private final Object activeLock = new Object();
  private int active;

  private FakeBotApi(String token) throws IOException {
    this.token = Objects.requireNonNull(token, "token");
    this.botId = botIdOf(token);
    this.methods = new BotMethods(this::botUser, messageIds);
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    this.server = HttpServer.create(new InetSocketAddress(loopback, 0), 128);
    int port = server.getAddress().getPort();
    AtomicInteger threads = new AtomicInteger();
    // Unbounded: a long poll holds its thread, and must never hold up a send.
    this.executor = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "fake-bot-api-" + port + "-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a fake for this token on a free port of 127.0.0.1. */
  public static FakeBotApi start(String token) {
    try {
      return new FakeBotApi(token);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake Bot API", e);
    }
  }

  /** {@code http://127.0.0.1:PORT}, no trailing slash. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public String host() {
    return "127.0.0.1";
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The bot's id: the digits before ':' in the token, as with real tokens. */
  public long botId() {
    return botId;
  }

  public String botUsername() {
    return botUsername;
  }

  /** The username getMe reports (default {@value #DEFAULT_USERNAME}). */
  public void setBotUsername(String username) {
    this.botUsername = Objects.requireNonNull(username, "username");
  }

  // ---- updates --------------------------------------------------------------------------------

  /** A text message in the private chat {@code chatId}; a leading /command gets its entity. */
  public long injectMessage(long chatId, long userId, String text) {
    ObjectNode message = newMessage(UpdateJson.user(userId), UpdateJson.privateChat(chatId));
    return updates.add(UpdateJson.update("message", UpdateJson.withText(message, text)));
  }

  /** A text message in the group {@code chatId} (normally negative). */
  public long injectGroupMessage(long chatId, long userId, String text) {
    ObjectNode message = newMessage(UpdateJson.user(userId), UpdateJson.groupChat(chatId));
    return updates.add(UpdateJson.update("message", UpdateJson.withText(message, text)));
  }

  /** A text message in a group that replies to the bot's message {@code replyToMessageId}. */
  public long injectGroupReply(long chatId, long userId, long replyToMessageId, String text) {
    ObjectNode chat = UpdateJson.groupChat(chatId);
    ObjectNode message = newMessage(UpdateJson.user(userId), chat);
    ObjectNode original = UpdateJson.message(replyToMessageId, botUser(), chat.deepCopy(), now());
    original.put("text", "(an earlier message from the bot)");
    message.set("reply_to_message", original);
    return updates.add(UpdateJson.update("message", UpdateJson.withText(message, text)));
  }

  /** A tap on an inline button with {@code data}, under the bot's message {@code messageId}. */
  public long injectCallback(long chatId, long userId, long messageId, String data) {
    return injectCallback(chatId, userId, messageId, data, "cbq-" + callbackIds.incrementAndGet());
  }

  /**
   * A tap with a chosen callback query id: inject the same id twice for one tap delivered twice
   * (a client retrying, a replayed update).
   */
  public long injectCallback(long chatId, long userId, long messageId, String data, String callbackId) {
    ObjectNode original = UpdateJson.message(messageId, botUser(), UpdateJson.chat(chatId), now());
    original.put("text", "(the message with the buttons)");
    ObjectNode query = Json.object();
    query.put("id", callbackId);
    query.set("from", UpdateJson.user(userId));
    query.set("message", original);
    query.put("chat_instance", "ci" + chatId);
    query.put("data", data);
    return updates.add(UpdateJson.update("callback_query", query));
  }

  /** A sticker in the chat (private for a positive id, group for a negative one). */
  public long injectSticker(long chatId, long userId) {
    ObjectNode message = newMessage(UpdateJson.user(userId), UpdateJson.chat(chatId));
    message.set("sticker", UpdateJson.sticker(message.get("message_id").asLong()));
    return updates.add(UpdateJson.update("message", message));
  }

  /**
   * Any update, given as a JSON object without {@code update_id} (one there is replaced), e.g.
   * {@code {"message":{...}}} with odd or missing fields. It must be JSON: Telegram never sends
   * broken JSON, and one unreadable update would fail the client's whole batch.
   */
  public long injectRaw(String updateJsonWithoutId) {
    JsonNode update = Json.parse(updateJsonWithoutId);
    if (!update.isObject()) {
      throw new IllegalArgumentException("an update is a JSON object: " + updateJsonWithoutId);
    }
    ((ObjectNode) update).remove("update_id");
    return updates.add(update.toString());
  }

  /**
   * Numbers the next update {@code nextId} and the ones after it from there, lower than before if
   * you like: Telegram picks a new random id after a week without updates.
   */
  public void renumberUpdates(long nextId) {
    updates.renumber(nextId);
  }

  /** Updates not yet confirmed by a getUpdates offset. */
  public int pendingUpdates() {
    return updates.size();
  }

  // ---- calls ----------------------------------------------------------------------------------

  public List<RecordedCall> calls() {
    return calls.all();
  }

  public List<RecordedCall> calls(String method) {
    return calls.of(canonical(method));
  }

  /**
   * The first call of {@code method}, received before or during the wait, that matches.
   *
   * @throws AssertionError on timeout, listing what was received
   */
  public RecordedCall awaitCall(String method, Predicate<RecordedCall> match, Duration timeout) {
    return calls.await(canonical(method), match, timeout);
  }

  /**
   * The first {@code count} calls of {@code method}, once that many have arrived.
   *
   * @throws AssertionError on timeout, listing what was received
   */
  public List<RecordedCall> awaitCalls(String method, int count, Duration timeout) {
    return calls.awaitCount(canonical(method), count, timeout);
  }

  // ---- faults ---------------------------------------------------------------------------------

  /** The next {@code times} calls of {@code method} get {@code fault} (queued after earlier ones). */
  public void failNext(String method, Fault fault, int times) {
    faults.failNext(canonical(method), fault, times);
  }

  /**
   * An outage: every call of {@code method} during the next {@code duration} gets {@code fault},
   * ahead of faults armed with {@link #failNext}.
   */
  public void failFor(String method, Fault fault, Duration duration) {
    faults.failFor(canonical(method), fault, System.nanoTime() + duration.toNanos());
  }

  /** Every call naming {@code chat_id = chatId} gets {@code fault}, until {@link #clearFaults()}. */
  public void failChat(long chatId, Fault fault) {
    faults.failChat(chatId, fault);
  }

  public void clearFaults() {
    faults.clear();
  }

  /**
   * Refuses sends over these rates with 429 and a retry_after, as Telegram's flood control does
   * (sliding windows; see {@link RateLimitEnforcer} for which methods count).
   */
  public void enforceRate(double globalPerSecond, double perChatPerSecond) {
    rateLimit.enforce(globalPerSecond, perChatPerSecond);
  }

  public void stopEnforcingRate() {
    rateLimit.disable();
  }

  /** Sends refused by {@link #enforceRate}. */
  public int rateLimitViolations() {
    return rateLimit.violations();
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  /**
   * Stops at once: pending long polls and delays are woken and answered, then the server stops.
   * Waits at most a couple of seconds for those answers to go out.
   */
  @Override
  public void close() {
    closing.countDown();
    updates.close();
    awaitIdle(CLOSE_GRACE);
    server.stop(0);
    executor.shutdownNow();
  }

  // ---- HTTP -----------------------------------------------------------------------------------

  private void handle(HttpExchange exchange) {
    synchronized (activeLock) {
      active++;
    }
    try (exchange) {
      serve(exchange);
    } catch (IOException e) {
      // The client went away, or the fake is closing: nothing to answer.
    } catch (RuntimeException e) {
      // A bug in the fake: the client sees a dropped connection, so say why somewhere.
      new IllegalStateException("fake Bot API failed on " + exchange.getRequestURI().getPath()
          .replace(token, "<token>"), e).printStackTrace();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      synchronized (activeLock) {
        active--;
        activeLock.notifyAll();
      }
    }
  }

  private void serve(HttpExchange exchange) throws IOException, InterruptedException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    String mediaType = RequestParams.mediaType(contentType);
    String rawPath = exchange.getRequestURI().getPath();
    Matcher path = PATH.matcher(rawPath);
    RequestParams.Parsed nothing = new RequestParams.Parsed(Json.object(), Map.of());
    if (!path.matches()) {
      String shown = rawPath.replaceFirst("^/bot[^/]*", "/bot<token>");
      answer(exchange, shown, nothing, mediaType, Fault.Answer.error(404, "Not Found"));
      return;
    }
    Optional<String> known = methods.canonical(path.group(2));
    String method = known.orElse(path.group(2));
    RequestParams.Parsed request;
    try {
      request = RequestParams.parse(exchange.getRequestURI().getRawQuery(), contentType, body);
    } catch (IllegalArgumentException e) {
      answer(exchange, method, nothing, mediaType,
          Fault.Answer.error(400, "Bad Request: " + e.getMessage()));
      return;
    }
    Fault outcome = decide(path.group(1), method, known.isPresent(), request.params());
    if (outcome instanceof Fault.Drop) {
      calls.add(method, request, 0, mediaType);
      return; // closing the exchange before any response closes the connection
    }
    if (outcome instanceof Fault.Answer answer) {
      answer(exchange, method, request, mediaType, answer);
      return;
    }
    Duration delay = outcome instanceof Fault.Delay d ? d.duration() : Duration.ZERO;
    if (method.equals("getUpdates")) {
      poll(exchange, request, mediaType, delay);
      return;
    }
    BotMethods.Reply reply = methods.call(method, request);
    calls.add(method, request, reply.status(), mediaType);
    pause(delay);
    send(exchange, reply.status(), JSON, reply.body());
  }

  /** getUpdates: confirm on arrival, then wait for updates, the poll's timeout, or close(). */
  private void poll(HttpExchange exchange, RequestParams.Parsed request, String mediaType, Duration delay)
      throws IOException, InterruptedException {
    ObjectNode params = request.params();
    long offset = params.path("offset").asLong(0);
    int limit = params.path("limit").asInt(100);
    limit = limit < 1 || limit > 100 ? 100 : limit;
    Duration timeout = Duration.ofSeconds(Math.max(0, params.path("timeout").asLong(0)));
    updates.confirm(offset); // before the call is visible, so a test seeing it sees the confirmation
    calls.add("getUpdates", request, 200, mediaType);
    pause(delay);
    List<String> batch = updates.take(offset, limit, timeout);
    send(exchange, 200, JSON, "{\"ok\":true,\"result\":[" + String.join(",", batch) + "]}");
  }

  private void answer(HttpExchange exchange, String method, RequestParams.Parsed request, String mediaType,
      Fault.Answer answer) throws IOException {
    calls.add(method, request, answer.status(), mediaType);
    send(exchange, answer.status(), answer.contentType(), answer.body());
  }

  /** Sleeps, but close() cuts it short. */
  private void pause(Duration delay) throws InterruptedException {
    if (!delay.isZero()) {
      closing.await(delay.toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  /** An answer other than the method's own, or null to run the method. */
  private Fault decide(String requestToken, String method, boolean known, ObjectNode params) {
    if (!requestToken.equals(token)) {
      return Fault.unauthorized();
    }
    Long chatId = numericChatId(params);
    Fault fault = faults.take(method, chatId);
    if (fault != null) {
      return fault;
    }
    if (!known) {
      return Fault.Answer.error(404, "Not Found: method not found");
    }
    int retryAfter = rateLimit.admit(method, chatId, System.nanoTime());
    return retryAfter > 0 ? Fault.tooManyRequests(retryAfter) : null;
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private void awaitIdle(Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    synchronized (activeLock) {
      while (active > 0) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return;
        }
        try {
          activeLock.wait(Math.max(1, remaining / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** Telegram's method names are case-insensitive; the fake files calls under the usual spelling. */
  private String canonical(String method) {
    return methods.canonical(method).orElse(method);
  }

  private ObjectNode botUser() {
    return UpdateJson.bot(botId, botUsername);
  }

  private ObjectNode newMessage(ObjectNode from, ObjectNode chat) {
    return UpdateJson.message(messageIds.incrementAndGet(), from, chat, now());
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  /** {@code chat_id} when it is a number (JSON) or digits (form, multipart); null otherwise. */
  private static Long numericChatId(ObjectNode params) {
    JsonNode chatId = params.get("chat_id");
    if (chatId == null) {
      return null;
    }
    if (chatId.isIntegralNumber()) {
      return chatId.asLong();
    }
    return chatId.isTextual() && chatId.textValue().matches("-?\\d{1,18}")
        ? Long.valueOf(chatId.textValue())
        : null;
  }

  private static long botIdOf(String token) {
    int colon = token.indexOf(':');
    String digits = colon > 0 ? token.substring(0, colon) : "";
    return digits.matches("\\d{1,18}") ? Long.parseLong(digits) : DEFAULT_BOT_ID;
  }
}
