package movebot.telegram;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import movebot.BotCore;
import movebot.chat.AnswerDesk;
import movebot.chat.Outbound;
import movebot.config.Settings;
import movebot.storage.Database;
import movebot.testing.FakeBotApi;

/** A whole bot, in this JVM, polling a {@link FakeBotApi} with the real telegrambots client. */
final class RunningBot implements AutoCloseable {
  static final Path CONFIG = Path.of("config");

  final Database db;
  final TelegramBot bot;
  final CompletableFuture<Integer> exit;
  private final AtomicReference<BotCore> core = new AtomicReference<>();
  private final AtomicReference<Outbound> outbound = new AtomicReference<>();

  RunningBot(FakeBotApi api, String token, Path dbFile, Settings settings) throws Exception {
    this(api, token, dbFile, settings, Clock.systemUTC());
  }

  RunningBot(FakeBotApi api, String token, Path dbFile, Settings settings, Clock clock) throws Exception {
    this(api, token, dbFile, settings, clock, TelegramBot.LONG_POLL_SECONDS);
  }

  /** With a long poll of {@code longPollSeconds} instead of Telegram's usual 50. */
  RunningBot(FakeBotApi api, String token, Path dbFile, Settings settings, Clock clock, int longPollSeconds)
      throws Exception {
    this.db = Database.open(dbFile);
    AnswerDesk.Library library = AnswerDesk.Library.load(CONFIG);
    this.bot =
        new TelegramBot(
            token,
            api.baseUrl(),
            settings,
            db,
            (username, sender) -> {
              BotCore built = new BotCore(username, sender, settings, db, library, CONFIG, clock);
              outbound.set(sender);
              core.set(built);
              return built;
            },
            longPollSeconds);
    this.exit = CompletableFuture.supplyAsync(bot::run);
    // Ready once the first long poll is waiting: from then on an injected update is seen at once.
    api.awaitCall("getUpdates", call -> true, Duration.ofSeconds(10));
  }

  /** The bot's parts, once it has started. */
  BotCore core() {
    return core.get();
  }

  /** The bot's sender: what it sends goes out through here, paced and retried. */
  Outbound outbound() {
    return outbound.get();
  }

  int stop() throws Exception {
    bot.stop();
    return exit.get(5, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    try {
      if (!exit.isDone()) {
        stop();
      }
    } finally {
      db.close();
    }
  }
}
