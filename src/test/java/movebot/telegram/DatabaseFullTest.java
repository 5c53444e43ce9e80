package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import movebot.bench.SeededDatabase;
import movebot.config.Settings;
import movebot.testing.Eventually;
import movebot.testing.FakeBotApi;
import movebot.testing.MutableClock;
import movebot.testing.RecordedCall;
import movebot.testing.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, as SQLite sees it: the bot's writer connection may not grow the file
 * ({@code PRAGMA max_page_count}), so every write that needs a new page fails with SQLITE_FULL.
 */
class DatabaseFullTest {
  static final String TOKEN = "6161:database-full-test-token";
  static final Instant NOW = Instant.parse("2026-03-02T05:00:00Z");
  static final Instant DUE = NOW.plus(Duration.ofHours(1));
  static final int PEOPLE = 1_000;
  static final long KNOWN = 5_000;
  static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path dir;

  @Test
  void promptsWaitForRoomWhileAnsweringGoesOnThenEachIsSentOnce() throws Exception {
    Path file = dir.resolve("full.db");
    SeededDatabase.create(file, PEOPLE, id -> DUE);
    MutableClock clock = new MutableClock(NOW);
    // 200/s claims 400 prompts at a time: far more than fits in the pages the file has.
    Settings settings = new Settings(ZoneId.of("UTC"), 200, 1, Duration.ofMinutes(60), Set.of(), "info");
    try (FakeBotApi api = FakeBotApi.start(TOKEN);
        RunningBot running = new RunningBot(api, TOKEN, file, settings, clock)) {
      ask(api, "/help", 1);

      Sql.limitGrowth(running.db, 0);
      clock.set(DUE);
      running.core().dispatcher().nudge();
      Eventually.await(() -> running.core().dispatcher().failedRounds() >= 2, WAIT, "claims fail while the disk is full");
      assertEquals(0, Sql.number(running.db, "SELECT count(*) FROM deliveries"), "no claim is half written");
      ask(api, "/help", 2); // answering needs no new room, so it goes on
      assertEquals(0, prompts(api).size(), "nothing is sent without a claim");

      Sql.limitGrowth(running.db, 100_000);
      Eventually.await(() -> prompts(api).size() == PEOPLE, WAIT, "every prompt sent once there is room");
      Eventually.await(() -> running.core().dispatcher().failedRounds() == 0, WAIT, "dispatch healthy again");
      Map<Long, Long> perChat = prompts(api).stream().collect(Collectors.groupingBy(RecordedCall::chatId, Collectors.counting()));
      assertEquals(PEOPLE, perChat.size());
      assertEquals(Set.of(1L), Set.copyOf(perChat.values()), "each once");
      Eventually.await(() -> Sql.number(running.db, "SELECT count(*) FROM deliveries WHERE state = 'sent'") == PEOPLE, WAIT,
          "every outcome recorded");
      assertEquals("ok", running.db.read(c -> {
        try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check")) {
          return rs.getString(1);
        }
      }));
    }
  }

  /** Someone who wrote before asks again and is answered ({@code nth} answer in their chat). */
  private static void ask(FakeBotApi api, String text, int nth) throws InterruptedException {
    api.injectMessage(KNOWN, KNOWN, text);
    Eventually.await(
        () -> api.calls("sendMessage").stream().filter(c -> c.chatId() == KNOWN && c.succeeded()).count() == nth,
        WAIT, "answer " + nth + " to " + text);
  }

  private static java.util.List<RecordedCall> prompts(FakeBotApi api) {
    return api.calls("sendMessage").stream()
        .filter(c -> c.succeeded() && c.param("text").contains("Time to move"))
        .toList();
  }
}
