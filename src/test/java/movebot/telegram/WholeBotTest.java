package movebot.telegram;

import java.nio.file.Path;
import java.time.Clock;
import movebot.config.Settings;
import movebot.testing.FakeBotApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of the whole bot: before each test a fresh {@link FakeBotApi} and a {@link RunningBot}
 * with default settings polling it, its database in a temporary folder; both stopped after it.
 */
abstract class WholeBotTest {
  private final String token;
  @TempDir Path dir;
  FakeBotApi api;
  RunningBot running;

  WholeBotTest(String token) {
    this.token = token;
  }

  /** The clock the bot runs on; a test that moves time by hand returns its own. */
  Clock clock() {
    return Clock.systemUTC();
  }

  @BeforeEach
  final void startBot() throws Exception {
    api = FakeBotApi.start(token);
    running = new RunningBot(api, token, dir.resolve("bot.db"), Settings.defaults(), clock());
  }

  @AfterEach
  final void stopBot() throws Exception {
    running.close();
    api.close();
  }
}
