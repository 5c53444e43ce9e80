package movebot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import movebot.bench.SeededDatabase;
import movebot.testing.FakeBotApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 10,000-prompt broadcast by the packaged jar, killed with SIGKILL three times at random
 * moments and restarted each time. The documented semantics: a crash can repeat the prompts
 * whose sends were under way (claimed, not yet marked), never lose one inside the grace window.
 */
class CrashRecoveryIT {
  static final int PROMPTS = 10_000;
  static final int RATE = 400;
  /** What BotCore claims ahead of finished sends at this rate: the most one crash can repeat. */
  static final int MAX_AHEAD = (int) Math.max(20, Math.ceil(2.0 * RATE));

  @TempDir Path dir;

  @Test
  void killedThreeTimesMidBroadcastEveryPromptArrivesAndRepeatsStayWithinTheInFlightWindow() throws Exception {
    long seed = Long.getLong("movebot.crash.seed", System.nanoTime());
    System.out.println("CrashRecoveryIT seed " + seed + " (repeat with -Dmovebot.crash.seed=" + seed + ")");
    Random random = new Random(seed);

    Path db = dir.resolve("crash.db");
    SeededDatabase.create(db, PROMPTS, id -> Instant.now());
    String token = "8080" + ":" + "CRASH-TEST-" + Long.toHexString(System.nanoTime());
    List<Long> claimedAtKill = new ArrayList<>();
    List<Integer> killedAfter = new ArrayList<>();
    try (FakeBotApi api = FakeBotApi.start(token)) {
      Map<String, String> env = BotProcess.env(token, api.baseUrl(), db, "MOVEBOT_SEND_RATE_GLOBAL", Integer.toString(RATE));
      int killAt = 0;
      for (int crash = 1; crash <= 3; crash++) {
        // Kill after a random number of further sends: at least 1,500, so the prompts repeated
        // after the previous crash (sent first) are out and marked before the next one.
        killAt += (crash == 1 ? 200 : 1_500) + random.nextInt(1_800);
        try (BotProcess bot = BotProcess.start(dir, env, "run")) {
          try {
            api.awaitCalls("sendMessage", killAt, Duration.ofMinutes(2));
          } catch (AssertionError e) {
            throw new AssertionError("run " + crash + ": " + e.getMessage().lines().findFirst().orElse("")
                + "\n--- bot output (tail) ---\n" + TelegramFaultsIT.tail(bot.output(), 40), e);
          }
          bot.kill();
        }
        killedAfter.add(api.calls("sendMessage").size());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
          try (var rs = st.executeQuery("PRAGMA integrity_check")) {
            assertEquals("ok", rs.getString(1), "after kill " + crash);
          }
          try (var rs = st.executeQuery("SELECT count(*) FROM deliveries WHERE state = 'claimed'")) {
            claimedAtKill.add(rs.getLong(1));
          }
        }
      }
      try (BotProcess bot = BotProcess.start(dir, env, "run")) {
        PromptTally.awaitEveryChat(api, PROMPTS, Duration.ofMinutes(2));
        bot.terminate();
        assertEquals(0, bot.awaitExit(10), TelegramFaultsIT.tail(bot.output(), 40));
      }

      Map<Long, Integer> tally = PromptTally.perChat(api, PROMPTS);
      long repeated = PromptTally.duplicates(tally);
      System.out.printf(
          "CrashRecoveryIT: killed after %s sendMessage calls; claims left unmarked at each kill %s;"
              + " %d prompts delivered twice in all (bound %d = 3 x maxAhead %d)%n",
          killedAfter, claimedAtKill, repeated, 3 * MAX_AHEAD, MAX_AHEAD);
      assertEquals(PROMPTS, tally.size(), "every prompt was delivered");
      assertTrue(Collections.max(tally.values()) <= 2, "no chat got a prompt more than twice: " + Collections.max(tally.values()));
      assertTrue(repeated <= 3L * MAX_AHEAD, repeated + " repeated prompts");
      for (long claimed : claimedAtKill) {
        assertTrue(claimed <= MAX_AHEAD + RATE / 2, claimed + " claims unmarked at a kill; the dispatcher keeps " + MAX_AHEAD + " ahead");
      }
      assertTrue(repeated <= claimedAtKill.stream().mapToLong(Long::longValue).sum(),
          "only prompts left claimed by a kill are sent again");
    }
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
      try (var rs = st.executeQuery("PRAGMA integrity_check")) {
        assertEquals("ok", rs.getString(1));
      }
      try (var rs = st.executeQuery("SELECT count(*), sum(state = 'sent') FROM deliveries")) {
        assertEquals(PROMPTS, rs.getLong(1), "one delivery row per subscription and date");
        assertEquals(PROMPTS, rs.getLong(2), "every one marked sent");
      }
      try (var rs = st.executeQuery(
          "SELECT count(*) FROM (SELECT 1 FROM deliveries WHERE state = 'sent' GROUP BY subscription_id, local_date HAVING count(*) > 1)")) {
        assertEquals(0, rs.getLong(1), "no subscription sent twice on one date");
      }
    }
  }
}
