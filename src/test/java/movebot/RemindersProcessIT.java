package movebot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import movebot.bench.SeededDatabase;
import movebot.testing.Fault;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import movebot.testing.FakeBotApi;
import movebot.testing.RecordedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daily prompts with the packaged jar as a real process and the real clock. */
class RemindersProcessIT {
  @TempDir Path dir;

  @Test
  void aPromptSubscribedBeforeARestartIsSentOnceAfterIt() throws Exception {
    String token = "5555" + ":" + "REMINDER-PROCESS-" + Long.toHexString(System.nanoTime());
    try (FakeBotApi api = FakeBotApi.start(token)) {
      Map<String, String> env = BotProcess.env(token, api.baseUrl(), dir.resolve("movebot.db"));
      // The next whole minute at least 25 s away, so the restart happens before it.
      LocalTime due = LocalTime.now(ZoneOffset.UTC).plusSeconds(25).plusMinutes(1).withSecond(0).withNano(0);
      String time = due.format(DateTimeFormatter.ofPattern("HH:mm"));

      try (BotProcess first = BotProcess.start(dir, env, "run")) {
        api.awaitCall("getUpdates", c -> true, Duration.ofSeconds(20));
        api.injectMessage(77, 77, "/subscribe " + time);
        api.awaitCall("sendMessage", c -> c.chatId() == 77 && c.param("text").contains(time), Duration.ofSeconds(20));
        first.terminate();
        assertEquals(0, first.awaitExit(5), first.output());
      }
      try (BotProcess second = BotProcess.start(dir, env, "run")) {
        RecordedCall prompt = api.awaitCall(
            "sendMessage", c -> c.chatId() == 77 && c.succeeded() && c.param("text").contains("Time to move"), Duration.ofSeconds(120));
        // Give a doubled prompt every chance to show up: until the next long poll after the prompt.
        api.injectMessage(77, 77, "/help");
        api.awaitCall("sendMessage", c -> c.chatId() == 77 && c.param("text").contains("/privacy"), Duration.ofSeconds(20));
        long prompts = api.calls("sendMessage").stream().filter(c -> c.chatId() == 77 && c.param("text").contains("Time to move")).count();
        assertEquals(1, prompts, "exactly one prompt; first at " + prompt.at());
        second.terminate();
        assertEquals(0, second.awaitExit(5), second.output());
      }
    }
  }

  @Test
  void aBlockedChatIsDeactivatedAndA429PausesSendingThenEverythingArrivesOnce() throws Exception {
    Path db = dir.resolve("due.db");
    SeededDatabase.create(db, 4, id -> Instant.now().truncatedTo(ChronoUnit.MINUTES)); // chats 1-4, due now
    String token = "5656" + ":" + "REMINDER-FAULTS-" + Long.toHexString(System.nanoTime());
    try (FakeBotApi api = FakeBotApi.start(token)) {
      api.failChat(2, Fault.forbidden("Forbidden: bot was blocked by the user"));
      api.failNext("sendMessage", Fault.tooManyRequests(2), 1);
      Map<String, String> env = BotProcess.env(token, api.baseUrl(), db);
      try (BotProcess bot = BotProcess.start(dir, env, "run")) {
        for (long chat : List.of(1L, 3L, 4L)) {
          api.awaitCall("sendMessage", c -> c.chatId() == chat && c.succeeded(), Duration.ofSeconds(30));
        }
        RecordedCall limited = api.calls("sendMessage").stream().filter(c -> c.httpStatus() == 429).findFirst().orElseThrow();
        // The 429 lands on whichever send arrives first, possibly the blocked chat's: the retry
        // is the next call for that chat, whatever its answer.
        RecordedCall retried = api.awaitCall(
            "sendMessage", c -> c.chatId() == limited.chatId() && c.seq() > limited.seq(), Duration.ofSeconds(30));
        assertTrue(!retried.at().isBefore(limited.at().plusMillis(1990)), "retried " + Duration.between(limited.at(), retried.at()) + " after a 429 asking for 2 s");
        // Sends already in flight when the 429 came back still land; nothing new starts in the pause.
        long duringPause = api.calls("sendMessage").stream()
            .filter(c -> c.at().isAfter(limited.at()) && c.at().isBefore(limited.at().plusMillis(1990))).count();
        assertTrue(duringPause <= 3, duringPause + " sends arrived during the pause");
        api.awaitCall("sendMessage", c -> c.chatId() == 2 && c.httpStatus() == 403, Duration.ofSeconds(30));
        bot.terminate();
        assertEquals(0, bot.awaitExit(5), bot.output());
      }
      for (long chat = 1; chat <= 4; chat++) {
        long c = chat;
        assertEquals(chat == 2 ? 0 : 1, api.calls("sendMessage").stream().filter(x -> x.chatId() == c && x.succeeded()).count());
      }
    }
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
        var rs = c.createStatement().executeQuery("SELECT chat_id FROM subscriptions WHERE next_fire_at IS NULL")) {
      assertTrue(rs.next());
      assertEquals(2, rs.getLong(1), "only the blocked chat is deactivated");
      assertTrue(!rs.next());
    }
  }
}
