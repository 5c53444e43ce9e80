package movebot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import movebot.bench.SeededDatabase;
import movebot.testing.FakeBotApi;
import movebot.testing.Fault;
import movebot.testing.RecordedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty quick restarts of the packaged jar, SIGTERM each time, against one fake Bot API and one
 * database. The bot stores the last update id it took in and starts polling after it, so no
 * update is fetched twice; it stores it before answering, and a stop lets what it took in be
 * answered first, so none is lost either.
 */
class RestartLoopIT {
  static final int RESTARTS = 20;
  static final Duration WAIT = Duration.ofSeconds(20);
  static final long PROMPTED_CHAT = 1; // SeededDatabase: chat id = user id = 1
  /** Quicker JVM start-up; twenty-one of them add up. */
  static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  @TempDir Path dir;
  FakeBotApi api;
  /** Every message sent, with a piece of the one reply it must get. */
  final List<Expected> expected = new ArrayList<>();
  /** Each round's output, to show when a reply goes missing. */
  final List<String> outputs = new ArrayList<>();
  long nextChat = 1000;

  record Expected(long chatId, String reply) {}

  private Map<String, String> env(String token) {
    return BotProcess.env(token, api.baseUrl(), dir.resolve("movebot.db"));
  }

  private long send(long chatId, String command, String reply) {
    expected.add(new Expected(chatId, reply));
    return api.injectMessage(chatId, chatId, command);
  }

  private RecordedCall awaitReply(long chatId, String reply) {
    return api.awaitCall("sendMessage", c -> c.chatId() == chatId && c.succeeded() && c.param("text").contains(reply), WAIT);
  }

  private boolean replied(long chatId, String reply) {
    return api.calls("sendMessage").stream().anyMatch(c -> c.chatId() == chatId && c.param("text").contains(reply));
  }

  /** Waits until this process polls: its first getUpdates after {@code afterSeq}. */
  private RecordedCall awaitPolling(long afterSeq) {
    return api.awaitCall("getUpdates", c -> c.seq() > afterSeq, WAIT);
  }

  private static long lastSeq(FakeBotApi api) {
    List<RecordedCall> all = api.calls();
    return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
  }

  /**
   * An ERROR line before the stop began. Stopping cuts the pending long poll, which telegrambots
   * itself logs as an error; that one is expected.
   */
  private static boolean errorsBeforeStopping(String output) {
    int stopping = output.indexOf("Stopping: polling ends");
    return (stopping < 0 ? output : output.substring(0, stopping)).contains(" ERROR ");
  }

  @Test
  void twentyQuickRestartsAnswerEveryMessageOnceAndSendTheDuePromptOnce() throws Exception {
    Path db = dir.resolve("movebot.db");
    SeededDatabase.create(db, 1, id -> Instant.now().truncatedTo(ChronoUnit.MINUTES)); // a prompt due now
    String token = "7777" + ":" + "RESTART-LOOP-" + Long.toHexString(System.nanoTime());
    int windowsHit = 0;
    try (FakeBotApi fake = FakeBotApi.start(token)) {
      api = fake;
      for (int round = 0; round < RESTARTS; round++) {
        long before = lastSeq(api);
        try (BotProcess bot = BotProcess.start(dir, env(token), FAST_START, "run")) {
          long chat = nextChat++;
          switch (round % 4) {
            case 0 -> { // answered, then stopped
              awaitPolling(before);
              send(chat, "/privacy", "What movebot stores");
              awaitReply(chat, "What movebot stores");
            }
            case 1 -> { // stopped while the reply is on its way
              awaitPolling(before);
              api.failNext("sendMessage", Fault.delay(Duration.ofMillis(700)), 1);
              send(chat, "/privacy", "What movebot stores");
              awaitReply(chat, "What movebot stores");
            }
            case 2 -> { // stopped after a batch was taken in, before it was all answered
              awaitPolling(before);
              send(chat, "/privacy", "What movebot stores");
              long second = send(chat, "/help", "What I can do");
              awaitReply(chat, "What movebot stores");
              api.awaitCall("getUpdates", c -> c.params().path("offset").asLong() > second, WAIT); // taken in
              if (!replied(chat, "What I can do")) {
                windowsHit++; // its reply waits a second behind the first one, in the same chat
              }
            }
            default -> { // stopped as soon as it polls; the message may come before or after
              send(chat, "/privacy", "What movebot stores");
              awaitPolling(before);
            }
          }
          bot.terminate();
          int exit = bot.awaitExit(5);
          outputs.add(bot.output());
          assertEquals(0, exit, "round " + round + " exits 0 within 5 s; output:\n" + bot.output());
          assertFalse(errorsBeforeStopping(bot.output()), "round " + round + " logged an error:\n" + bot.output());
        }
      }
      try (BotProcess last = BotProcess.start(dir, env(token), FAST_START, "run")) {
        for (Expected e : expected) {
          try {
            awaitReply(e.chatId(), e.reply());
          } catch (AssertionError missing) {
            int round = (int) (e.chatId() - 1000);
            throw new AssertionError("no '" + e.reply() + "' in chat " + e.chatId() + " (round " + round + "); that round's output:\n"
                + outputs.get(round) + "\nthe next one's:\n" + (round + 1 < outputs.size() ? outputs.get(round + 1) : last.output()), missing);
          }
        }
        awaitReply(PROMPTED_CHAT, "Time to move");
        // A barrier: anything still owed from the rounds before would be sent before this.
        send(nextChat, "/start", "I'm movebot");
        awaitReply(nextChat, "I'm movebot");
        last.terminate();
        assertEquals(0, last.awaitExit(5), last.output());
      }
    }
    for (Expected e : expected) {
      long times = api.calls("sendMessage").stream()
          .filter(c -> c.chatId() == e.chatId() && c.succeeded() && c.param("text").contains(e.reply())).count();
      assertEquals(1, times, "chat " + e.chatId() + " got '" + e.reply() + "' once");
    }
    long prompts = api.calls("sendMessage").stream()
        .filter(c -> c.chatId() == PROMPTED_CHAT && c.param("text").contains("Time to move")).count();
    assertEquals(1, prompts, "the due prompt, once across all restarts");
    assertTrue(windowsHit > 0, "at least one stop landed between taking in a batch and answering it");
  }
}
