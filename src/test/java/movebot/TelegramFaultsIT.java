package movebot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import movebot.bench.SeededDatabase;
import movebot.testing.FakeBotApi;
import movebot.testing.Fault;
import movebot.testing.RecordedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 prompts due at once, delivered by the packaged jar while the fake Bot API fails sends
 * and polls in every way it can: 5xx answers and outages, HTML error pages, answers too late
 * (read timeouts), connections closed after the request was sent, and 429 storms.
 */
class TelegramFaultsIT {
  static final int PROMPTS = 10_000;
  static final int RATE = 500;
  static final int SEND_TIMEOUT_SECONDS = 2;
  static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path dir;

  /**
   * Armed once {@code afterCalls} sendMessage calls have arrived: either the next {@code times}
   * calls get {@code fault}, or (times 0) every call during {@code outage} does.
   */
  record Burst(int afterCalls, Fault fault, int times, Duration outage) {
    static Burst next(int afterCalls, Fault fault, int times) {
      return new Burst(afterCalls, fault, times, Duration.ZERO);
    }

    static Burst outage(int afterCalls, Fault fault, Duration outage) {
      return new Burst(afterCalls, fault, 0, outage);
    }
  }

  static final List<Burst> SEND_FAULTS = List.of(
      Burst.outage(300, Fault.serverError(500), Duration.ofSeconds(2)),
      Burst.next(1_000, Fault.htmlError(502), 2),
      Burst.next(1_000, Fault.dropConnection(), 1),
      // Answered after the send timeout: the fake has delivered them, the bot hears nothing.
      Burst.next(1_500, Fault.delay(Duration.ofSeconds(SEND_TIMEOUT_SECONDS + 1)), 15),
      Burst.next(2_500, Fault.tooManyRequests(1), 5),
      // Connections closed after the request was read, for two seconds.
      Burst.outage(3_500, Fault.dropConnection(), Duration.ofSeconds(2)),
      Burst.next(5_000, Fault.tooManyRequests(30), 1),
      Burst.outage(6_000, Fault.htmlError(504), Duration.ofSeconds(3)),
      Burst.next(7_000, Fault.serverError(503), 1),
      Burst.next(7_000, Fault.dropConnection(), 1),
      Burst.next(7_000, Fault.htmlError(502), 1),
      Burst.next(7_500, Fault.tooManyRequests(2), 3));

  /** When an outage was armed, and for how long. */
  record Window(Instant from, Duration length) {
    long calls(List<RecordedCall> calls) {
      return calls.stream().filter(c -> !c.at().isBefore(from) && c.at().isBefore(from.plus(length))).count();
    }
  }

  @Test
  void everyPromptArrivesOnceThroughSendAndPollingFaultsAndPollingStaysAlive() throws Exception {
    Path db = dir.resolve("soak.db");
    SeededDatabase.create(db, PROMPTS, id -> Instant.now());
    String token = "7070" + ":" + "FAULT-SOAK-" + Long.toHexString(System.nanoTime());
    List<Long> canaries = new ArrayList<>();
    List<Window> outages = new CopyOnWriteArrayList<>();
    try (FakeBotApi api = FakeBotApi.start(token)) {
      Map<String, String> env = BotProcess.env(token, api.baseUrl(), db, "MOVEBOT_SEND_RATE_GLOBAL", Integer.toString(RATE),
          "MOVEBOT_SEND_TIMEOUT_SECONDS", Integer.toString(SEND_TIMEOUT_SECONDS));
      try (BotProcess bot = BotProcess.start(dir, env, "run")) {
        try {
          api.awaitCall("getUpdates", c -> true, WAIT);
          CompletableFuture<Void> sendFaults = CompletableFuture.runAsync(() -> {
            for (Burst burst : SEND_FAULTS) {
              api.awaitCalls("sendMessage", burst.afterCalls(), Duration.ofMinutes(2));
              if (burst.times() > 0) {
                api.failNext("sendMessage", burst.fault(), burst.times());
              } else {
                outages.add(new Window(Instant.now(), burst.outage()));
                api.failFor("sendMessage", burst.fault(), burst.outage());
              }
            }
          });

          // Polling faults, while the broadcast goes on. Each phase: a message taken by the
          // poll already waiting, then the faults hit the next polls, then a message that can
          // only arrive once polling has got through them.
          api.failNext("getUpdates", Fault.serverError(502), 1);
          api.failNext("getUpdates", Fault.htmlError(504), 1);
          api.failNext("getUpdates", Fault.dropConnection(), 1);
          askAndAwaitAnswer(api, 20_001, canaries);
          askAndAwaitAnswer(api, 20_002, canaries);

          api.failNext("getUpdates", Fault.tooManyRequests(1), 3);
          askAndAwaitAnswer(api, 20_003, canaries);
          askAndAwaitAnswer(api, 20_004, canaries);
          assertPollsWaitedOutTheirRetryAfter(api);

          api.failNext("getUpdates", Fault.tooManyRequests(30), 1);
          askAndAwaitAnswer(api, 20_005, canaries);
          askAndAwaitAnswer(api, 20_006, canaries);
          assertPollsWaitedOutTheirRetryAfter(api);

          PromptTally.awaitEveryChat(api, PROMPTS, Duration.ofMinutes(3));
          sendFaults.join();

          // Polling is alive at the end: someone new is greeted.
          api.injectMessage(30_001, 30_001, "/start");
          api.awaitCall("sendMessage", c -> c.chatId() == 30_001 && c.succeeded(), WAIT);

          bot.terminate();
          assertEquals(0, bot.awaitExit(10), "clean stop");
        } catch (AssertionError | RuntimeException e) {
          throw new AssertionError(e.getMessage() + "\n--- bot output (tail) ---\n" + tail(bot.output(), 60), e);
        }

        List<RecordedCall> sends = api.calls("sendMessage");
        Map<Long, Integer> tally = PromptTally.perChat(sends, PROMPTS);
        assertEquals(PROMPTS, tally.size(), "every due prompt was delivered");
        assertEquals(0, PromptTally.duplicates(tally), "no prompt was delivered twice");
        for (long chat : canaries) {
          long answers = sends.stream().filter(c -> c.chatId() == chat && c.succeeded()).count();
          assertEquals(1, answers, "one answer to chat " + chat);
        }
        // No hot loop: during an outage every send fails; after the sends already on their way,
        // the sender pauses everything (0.5 s, 1 s, 2 s...) and tries one message after each
        // pause. Sending on at 500/s would mean a thousand calls in a 2 s outage.
        for (Window outage : outages) {
          long during = outage.calls(sends);
          System.out.printf("soak: %d sendMessage calls during a %d s outage%n", during, outage.length().toSeconds());
          assertTrue(during <= 30, during + " sendMessage calls during a " + outage.length().toSeconds() + " s outage");
        }
        int successes = PROMPTS + canaries.size() + 1;
        assertEquals(successes, sends.stream().filter(RecordedCall::succeeded).count(), "every message accepted exactly once");
        // Read timeouts: reported once each as possibly delivered, never sent again.
        int delays = SEND_FAULTS.stream().filter(b -> b.fault() instanceof Fault.Delay).mapToInt(Burst::times).sum();
        String output = bot.output();
        assertEquals(delays, count(output, "it may have been delivered"), tail(output, 40));

        List<RecordedCall> polls = api.calls("getUpdates");
        long pollFaults = 7;
        // Successful polls: one per batch of updates (at most one per message sent) and one per
        // 50-second long poll that ended empty.
        long seconds = Duration.between(polls.get(0).at(), polls.get(polls.size() - 1).at()).toSeconds();
        long bound = pollFaults + (canaries.size() + 1) + seconds / 50 + 2;
        assertTrue(polls.size() <= bound, polls.size() + " getUpdates calls, expected at most " + bound);
        System.out.printf("soak: %d sendMessage calls for %d messages; %d getUpdates calls (bound %d)%n",
            sends.size(), successes, polls.size(), bound);
      }
    }
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
      try (var rs = st.executeQuery("PRAGMA integrity_check")) {
        assertEquals("ok", rs.getString(1));
      }
      try (var rs = st.executeQuery(
          "SELECT count(*), sum(state = 'sent'), sum(state = 'failed'), sum(state = 'claimed') FROM deliveries")) {
        assertEquals(PROMPTS, rs.getLong(1), "one delivery row per prompt");
        assertEquals(0, rs.getLong(4), "nothing left claimed after a clean stop");
        assertTrue(rs.getLong(3) <= 15, rs.getLong(3) + " failed: only the 15 sends without an answer may count as failed");
        System.out.printf("soak: %d sent, %d unanswered (recorded as failed, delivered by the fake)%n", rs.getLong(2), rs.getLong(3));
      }
    }
  }

  /** Sends /help from a new chat and waits for the answer. */
  private static void askAndAwaitAnswer(FakeBotApi api, long chat, List<Long> canaries) {
    canaries.add(chat);
    api.injectMessage(chat, chat, "/help");
    api.awaitCall("sendMessage", c -> c.chatId() == chat && c.succeeded(), WAIT);
  }

  /**
   * After every 429 to getUpdates, the next poll came no sooner than its retry_after: the phases
   * arm three 429s asking for 1 s, then one asking for 30 s.
   */
  private static void assertPollsWaitedOutTheirRetryAfter(FakeBotApi api) {
    List<RecordedCall> polls = api.calls("getUpdates");
    int tooMany = 0;
    for (int i = 0; i + 1 < polls.size(); i++) {
      if (polls.get(i).httpStatus() == 429) {
        int retryAfter = ++tooMany <= 3 ? 1 : 30;
        Duration gap = Duration.between(polls.get(i).at(), polls.get(i + 1).at());
        assertTrue(gap.toMillis() >= retryAfter * 1000L - 50, "polled again " + gap + " after a 429 asking for " + retryAfter + " s");
      }
    }
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  static String tail(String text, int lines) {
    String[] all = text.split("\n");
    return String.join("\n", List.of(all).subList(Math.max(0, all.length - lines), all.length));
  }
}
