package movebot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import movebot.chat.CommandMenu;
import movebot.chat.Outbound;
import movebot.config.Settings;
import movebot.storage.Database;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * {@code movebot run}: long polling, the paced sender and the conversation wired together,
 * from start-up checks to an ordered shutdown. {@link #run} blocks until {@link #stop} is
 * called (SIGTERM) or polling can never succeed (401, 409).
 */
public final class TelegramBot {
  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
  static final int LONG_POLL_SECONDS = 50;
  /** Messages one chat may send at once before the throttle holds it back. */
  private static final int INCOMING_BURST = 5;

  private final String token;
  private final TelegramUrl url;
  private final Settings settings;
  private final Database db;
  private final BiFunction<String, Outbound, BotServices> servicesFor;
  private final int longPollSeconds;
  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final PollingWatch watch = new PollingWatch(this::fail);
  private final OkHttpClient pollHttp;
  /** Writes the requests of both clients; one mapper, so its serializers are made once. */
  private final ObjectMapper json = new ObjectMapper();
  private final OkHttpTelegramClient client;
  private volatile String fatalReason;

  /**
   * @param apiUrl the Bot API server; throws IllegalArgumentException when it is unusable
   * @param servicesFor builds the bot's services once its username and the sender exist
   */
  public TelegramBot(
      String token, String apiUrl, Settings settings, Database db, BiFunction<String, Outbound, BotServices> servicesFor) {
    this(token, apiUrl, settings, db, servicesFor, LONG_POLL_SECONDS);
  }

  /** With a shorter long poll, for tests of what happens when a poll is not answered. */
  TelegramBot(
      String token,
      String apiUrl,
      Settings settings,
      Database db,
      BiFunction<String, Outbound, BotServices> servicesFor,
      int longPollSeconds) {
    this.token = token;
    this.url = ApiEndpoint.parse(apiUrl);
    this.settings = settings;
    this.db = db;
    this.servicesFor = servicesFor;
    this.longPollSeconds = longPollSeconds;
    // The HTTP clients are built here, without a call to the Bot API, so that start-up can
    // build them while it does other work; run() makes the first call.
    // No silent re-send of a POST: a retry is the sender's decision, counted and bounded.
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .connectTimeout(Duration.ofSeconds(10))
            .writeTimeout(Duration.ofSeconds(30));
    if (url.getSchema().equals("http")) {
      // A plain-HTTP server (a local Bot API server): no TLS, so none of its set-up (reading
      // the trust store) at start-up either.
      builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
    }
    OkHttpClient base = builder.build();
    // OkHttp queues calls past 5 per host; ours are already paced and bounded, so let them go.
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(PacedSender.MAX_IN_FLIGHT);
    dispatcher.setMaxRequestsPerHost(PacedSender.MAX_IN_FLIGHT);
    // A send with no answer within send.timeout_seconds is reported as unanswered, not retried.
    UnansweredRequests unanswered = new UnansweredRequests();
    OkHttpClient sendHttp =
        base.newBuilder()
            .dispatcher(dispatcher)
            .readTimeout(settings.sendTimeout())
            .eventListener(unanswered)
            .addInterceptor(unanswered)
            .build();
    // Its own dispatcher, so cancelling the long poll at shutdown leaves sends in flight alone.
    // Telegram holds a poll up to its timeout, then has send.timeout_seconds to answer.
    this.pollHttp =
        base.newBuilder()
            .dispatcher(new Dispatcher())
            .readTimeout(Duration.ofSeconds(longPollSeconds).plus(settings.sendTimeout()))
            .addInterceptor(watch)
            .build();
    this.client = new OkHttpTelegramClient(json, sendHttp, token, url);
  }

  /** Runs until stopped; returns the process exit code (0 after a requested stop, 1 on failure). */
  public int run() {
    User me = whoAmI(client);
    if (me == null) {
      return 1;
    }
    BotServices[] services = new BotServices[1]; // the sender reports gone chats to services built after it
    PacedSender sender =
        new PacedSender(
            new TelegramCalls(client)::perform,
            settings.globalRate(),
            settings.perChatRate(),
            chatId -> services[0].chatGone(chatId),
            () -> fail("Telegram refused the bot token (401 Unauthorized). Check TELEGRAM_BOT_TOKEN."));
    services[0] = servicesFor.apply(me.getUserName(), sender);
    registerCommandMenu(client);
    UpdateRequests requests = new UpdateRequests(new UpdateOffsetStore(db), longPollSeconds);
    UpdateConsumer consumer =
        new UpdateConsumer(
            new UpdateMapper(me.getId(), me.getUserName()),
            services[0].conversation(),
            sender,
            requests,
            new IncomingThrottle(Clock.systemUTC(), INCOMING_BURST, settings.perChatRate()));
    ScheduledExecutorService pollThread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "movebot-poll");
              t.setDaemon(true);
              return t;
            });
    try (TelegramBotsLongPollingApplication polling =
        new TelegramBotsLongPollingApplication(
            () -> json, () -> pollHttp, () -> pollThread, () -> new PollingBackOff(watch, requests))) {
      requests.follow(polling.registerBot(token, () -> url, requests::next, consumer).getLastReceivedUpdate());
      services[0].start();
      log.info("movebot is running as @{} against {}://{}:{}", me.getUserName(), url.getSchema(), url.getHost(), url.getPort());
      stopRequested.await();
      log.info("Stopping: polling ends, sends in flight finish");
    } catch (TelegramApiException e) {
      log.error("Could not start polling the Bot API at {}:{}: {}", url.getHost(), url.getPort(), e.getMessage());
      fatalReason = "polling did not start";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      log.warn("Polling did not close cleanly: {}", e.toString());
    } finally {
      pollHttp.dispatcher().cancelAll(); // ends a pending long poll now instead of in 50 s
      pollThread.shutdownNow();
      consumer.shutdown(Duration.ofSeconds(1));
      services[0].stop();
      // Updates taken in are confirmed to Telegram and will not come again: send what is queued
      // for them (a reply waits up to a second behind the one before it in the same chat).
      awaitSent(sender, Duration.ofMillis(1500));
      sender.shutdown(Duration.ofSeconds(1));
      services[0].stopped();
    }
    return fatalReason == null ? 0 : 1;
  }

  private static void awaitSent(PacedSender sender, Duration timeout) {
    try {
      sender.awaitIdle(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks the bot to stop; safe from a signal handler or any thread. */
  public void stop() {
    stopRequested.countDown();
  }

  private void fail(String reason) {
    if (fatalReason == null) {
      fatalReason = reason;
      log.error(reason);
    }
    stopRequested.countDown();
  }

  private User whoAmI(OkHttpTelegramClient client) {
    for (int attempt = 1; ; attempt++) {
      try {
        return client.execute(new GetMe());
      } catch (TelegramApiException e) {
        SendFailure failure = SendFailure.classify(e);
        if (failure.kind() == SendFailure.Kind.UNAUTHORIZED) {
          log.error("Telegram refused the bot token (401 Unauthorized). Check TELEGRAM_BOT_TOKEN.");
          return null;
        }
        boolean worthRetrying = failure.kind() == SendFailure.Kind.TRANSIENT || failure.kind() == SendFailure.Kind.NO_ANSWER;
        if (attempt == 3 || !worthRetrying) {
          log.error("Cannot reach the Bot API at {}:{} ({})", url.getHost(), url.getPort(), failure.description());
          return null;
        }
        try {
          TimeUnit.SECONDS.sleep(attempt); // a short bounded retry for a server that is just starting
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return null;
        }
      }
    }
  }

  /** Sends setMyCommands without waiting for the answer: polling need not wait for it. */
  private static void registerCommandMenu(OkHttpTelegramClient client) {
    SetMyCommands menu =
        new SetMyCommands(CommandMenu.ITEMS.stream().map(i -> new BotCommand(i.command(), i.description())).toList());
    try {
      client
          .executeAsync(menu)
          .whenComplete(
              (ok, failure) -> {
                if (failure != null) {
                  log.warn("Could not register the command menu (setMyCommands): {}", describe(failure));
                }
              });
    } catch (TelegramApiException e) {
      log.warn("Could not register the command menu (setMyCommands): {}", SendFailure.classify(e).description());
    }
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    return SendFailure.classify(cause).description();
  }
}
