package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import movebot.config.Settings;
import movebot.testing.Eventually;
import movebot.testing.FakeBotApi;
import movebot.testing.LogWatch;
import movebot.testing.RandomUpdates;
import movebot.testing.RandomUpdates.Generated;
import movebot.testing.RandomUpdates.Owed;
import movebot.testing.RecordedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 random and malformed updates through the real client and the fake Bot API. The oracle:
 * every update owed an answer gets it (an exception swallowed on the way would leave one out),
 * updates owed silence get none, every reply is accepted by the fake (valid HTML, at most 4,096
 * characters), nothing is logged as an error, and {@code /start} is still answered at the end.
 *
 * <p>The seed is new each run and printed; {@code -Dfuzz.seed=N} repeats a run.
 */
class FuzzUpdatesTest {
  static final String TOKEN = "4747:fuzz-test-token";
  static final int UPDATES = 10_000;
  /** Updates spread over this many chats of each kind: at most four each, under the flood throttle. */
  static final int CHATS = 2_500;
  static final Duration WAIT = Duration.ofSeconds(90);
  /** telegrambots logs a batch it cannot read at ERROR itself; the bot then steps over the update. */
  static final String LIBRARY_READ_ERROR = "BotSession - Error received from Telegram GetUpdates Request";

  @TempDir Path dir;

  @Test
  void tenThousandRandomUpdatesGetOnlyValidRepliesNoErrorsAndTheBotKeepsPolling() throws Exception {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    System.out.println("FuzzUpdatesTest seed: " + seed);
    try {
      run(seed);
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError("fuzz failed with seed " + seed + "; repeat with -Dfuzz.seed=" + seed + ": " + e.getMessage(), e);
    }
  }

  private void run(long seed) throws Exception {
    // Telegram's per-chat pace stays; the global one is raised so 10,000 updates take seconds.
    Settings settings = new Settings(ZoneId.of("UTC"), 1_000, 1, Duration.ofMinutes(60), Set.of(), "info");
    try (FakeBotApi api = FakeBotApi.start(TOKEN);
        LogWatch log = LogWatch.start();
        RunningBot running = new RunningBot(api, TOKEN, dir.resolve("bot.db"), settings)) {
      RandomUpdates updates = new RandomUpdates(new Random(seed), api.botId(), api.botUsername(), CHATS);
      List<Generated> sent = new ArrayList<>(UPDATES);
      for (int i = 0; i < UPDATES; i++) {
        Generated update = updates.next();
        api.injectRaw(update.json());
        sent.add(update);
      }

      Map<Long, Long> owedMessages = sent.stream().filter(u -> u.owed() == Owed.MESSAGE)
          .collect(Collectors.groupingBy(Generated::chatId, Collectors.counting()));
      List<String> owedAcks = sent.stream().filter(u -> u.owed() == Owed.ACK).map(Generated::callbackId).toList();
      try {
        Eventually.await(() -> {
          assertNoErrors(log); // at once, rather than when the wait runs out
          return api.calls("answerCallbackQuery").size() >= owedAcks.size() && unanswered(api, owedMessages).isEmpty();
        }, WAIT, Duration.ofMillis(100), "every update owed an answer has it");
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "; first of them: " + describe(unanswered(api, owedMessages), sent), e);
      }
      SentReplies.assertAnswersStart(api, 1); // still polling, workers alive

      assertEquals(Map.of(), unanswered(api, owedMessages), "chats still owed messages");
      assertEachAckedOnce(api, owedAcks);
      assertSilentChatsGotNothing(api, sent);
      SentReplies.assertAllValid(api);
      assertNoErrors(log);
      long unreadable = sent.stream().filter(u -> u.owed() == Owed.UNREADABLE).count();
      assertTrue(log.errors().size() <= unreadable, log.errors().size() + " unreadable batches for " + unreadable + " unreadable updates");
    }
  }

  /** Errors other than the library's own line for each batch it could not read. */
  private static void assertNoErrors(LogWatch log) {
    assertEquals(List.of(), log.errors().stream().filter(e -> !e.contains(LIBRARY_READ_ERROR)).toList(), "errors logged");
  }

  /** A few chats still owed messages, with the updates they were sent. */
  private static String describe(Map<Long, Long> missing, List<Generated> sent) {
    return missing.keySet().stream().limit(5)
        .map(chat -> "chat " + chat + " (short by " + missing.get(chat) + "): " + sent.stream()
            .filter(u -> u.chatId() == chat)
            .map(u -> u.owed() + " " + (u.json().length() > 400 ? u.json().substring(0, 400) + "…" : u.json()))
            .collect(Collectors.joining("\n    ", "\n    ", "")))
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }

  /** Chats that got fewer messages (texts, photos or documents) than they are owed, with how many are missing. */
  private static Map<Long, Long> unanswered(FakeBotApi api, Map<Long, Long> owed) {
    Map<Long, Long> got = SentReplies.posts(api)
        .collect(Collectors.groupingBy(RecordedCall::chatId, Collectors.counting()));
    Map<Long, Long> missing = new HashMap<>();
    owed.forEach((chat, count) -> {
      long short_ = count - got.getOrDefault(chat, 0L);
      if (short_ > 0) {
        missing.put(chat, short_);
      }
    });
    return missing;
  }

  private static void assertEachAckedOnce(FakeBotApi api, List<String> owed) {
    Map<String, Long> acks = api.calls("answerCallbackQuery").stream()
        .collect(Collectors.groupingBy(c -> c.param("callback_query_id"), Collectors.counting()));
    for (String id : owed) {
      assertEquals(1L, acks.getOrDefault(id, 0L), "answers to callback " + id);
    }
  }

  /** A chat whose every update was owed silence (or could not be read) got no message at all. */
  private static void assertSilentChatsGotNothing(FakeBotApi api, List<Generated> sent) {
    Set<Long> silent = new HashSet<>();
    Set<Long> spoken = new HashSet<>();
    for (Generated update : sent) {
      (update.owed() == Owed.NOTHING || update.owed() == Owed.UNREADABLE ? silent : spoken).add(update.chatId());
    }
    silent.removeAll(spoken);
    List<RecordedCall> wrong = SentReplies.posts(api).filter(c -> silent.contains(c.chatId())).toList();
    if (!wrong.isEmpty()) {
      throw new AssertionError("messages to chats owed silence: " + wrong + describe(Map.of(wrong.get(0).chatId(), 0L), sent));
    }
  }
}
