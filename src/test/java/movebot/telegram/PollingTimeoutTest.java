package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import movebot.config.Settings;
import movebot.testing.FakeBotApi;
import movebot.testing.Fault;
import movebot.testing.RecordedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** getUpdates answered too late: the poll times out, polling goes on, no update is lost or doubled. */
class PollingTimeoutTest {
  static final String TOKEN = "3131:polling-timeout-test-token";
  static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path dir;

  @Test
  void pollsAnsweredTooLateAreRepeatedAndTheUpdateIsAnsweredOnce() throws Exception {
    // A 1 s long poll and a 1 s answer timeout: a poll unanswered after 2 s times out.
    Settings settings = Settings.defaults().withSendTimeout(Duration.ofSeconds(1));
    try (FakeBotApi api = FakeBotApi.start(TOKEN);
        RunningBot running = new RunningBot(api, TOKEN, dir.resolve("bot.db"), settings, Clock.systemUTC(), 1)) {
      int before = api.calls("getUpdates").size();
      api.failNext("getUpdates", Fault.delay(Duration.ofSeconds(4)), 2);
      api.awaitCalls("getUpdates", before + 1, WAIT); // the first poll that will time out is waiting
      api.injectMessage(7, 7, "/help");
      api.awaitCall("sendMessage", c -> c.chatId() == 7 && c.succeeded(), WAIT);

      List<RecordedCall> polls = api.calls("getUpdates");
      for (int i = before; i < before + 2; i++) {
        Duration gap = Duration.between(polls.get(i).at(), polls.get(i + 1).at());
        assertTrue(gap.toMillis() >= 2_000, "poll " + i + " was repeated after " + gap + ", before its timeout");
      }
      // One more message through the same polling: the first one is not answered again.
      api.injectMessage(8, 8, "/help");
      api.awaitCall("sendMessage", c -> c.chatId() == 8 && c.succeeded(), WAIT);
      assertEquals(1, api.calls("sendMessage").stream().filter(c -> c.chatId() == 7).count());
    }
  }
}
