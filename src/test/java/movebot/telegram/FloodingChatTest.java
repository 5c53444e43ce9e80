package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import movebot.testing.RecordedCall;
import org.junit.jupiter.api.Test;

/** One chat sending 50 messages a second, through the real client and the fake Bot API. */
class FloodingChatTest extends WholeBotTest {
  static final String TOKEN = "4646:flood-test-token";
  static final int PER_SECOND = 50;
  static final String NOTICE = "faster than I can read them";
  static final Duration WAIT = Duration.ofSeconds(10);


  FloodingChatTest() {
    super(TOKEN);
  }

  /** Sends {@code count} questions from {@code chatId} at 50 a second; the pauses shape the load. */
  private void flood(long chatId, int count) {
    long interval = TimeUnit.SECONDS.toNanos(1) / PER_SECOND;
    long next = System.nanoTime();
    for (int i = 0; i < count; i++) {
      api.injectMessage(chatId, chatId, i % 2 == 0 ? "is walking good for back pain? " + i : "/tip");
      next += interval;
      LockSupport.parkNanos(next - System.nanoTime());
    }
  }

  private long messagesTo(long chatId, String containing) {
    return api.calls("sendMessage").stream().filter(c -> c.chatId() == chatId && c.param("text").contains(containing)).count();
  }

  /**
   * Asks {@code /start} until it is answered within a second: a chat that is held back has its
   * messages dropped, so each try either goes unanswered or is answered promptly.
   */
  private RecordedCall startAnsweredPromptly(long chatId, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      long seen = messagesTo(chatId, "I'm movebot");
      api.injectMessage(chatId, chatId, "/start");
      try {
        return api.awaitCall("sendMessage", c -> c.chatId() == chatId && c.param("text").contains("I'm movebot")
            && messagesTo(chatId, "I'm movebot") > seen, Duration.ofSeconds(1));
      } catch (AssertionError stillHeldBack) {
        if (System.nanoTime() > deadline) {
          throw stillHeldBack;
        }
      }
    }
  }

  @Test
  void aFloodingChatGetsOneNoticeAndItsExcessIsDroppedNotQueued() {
    flood(500, 3 * PER_SECOND);

    api.awaitCall("sendMessage", c -> c.chatId() == 500 && c.param("text").contains(NOTICE), WAIT);
    // Held back for a few seconds, then answered at once: nothing of the flood is queued ahead.
    startAnsweredPromptly(500, Duration.ofSeconds(15));

    assertEquals(1, messagesTo(500, NOTICE), "one notice");
    long answered = api.calls("sendMessage").stream().filter(c -> c.chatId() == 500).count();
    assertTrue(answered <= 10, answered + " messages to the flooding chat for 150 it sent");
    assertTrue(api.calls("sendMessage").stream().allMatch(RecordedCall::succeeded));
  }

  @Test
  void otherChatsAreAnsweredWithinASecondWhileTheFloodRuns() throws Exception {
    CompletableFuture<Void> flooding = CompletableFuture.runAsync(() -> flood(600, 5 * PER_SECOND));
    api.awaitCall("sendMessage", c -> c.chatId() == 600, WAIT); // the flood is under way

    for (long chat = 601; chat <= 603; chat++) {
      long asked = chat;
      Instant sent = Instant.now();
      api.injectMessage(chat, chat, "/start");
      RecordedCall welcome = api.awaitCall("sendMessage", c -> c.chatId() == asked && c.param("text").contains("I'm movebot"), WAIT);
      Duration took = Duration.between(sent, welcome.at());
      assertTrue(took.compareTo(Duration.ofSeconds(1)) <= 0, "chat " + chat + " waited " + took);
    }
    assertTrue(!flooding.isDone(), "the answers above came while the flood was still running");
    flooding.get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }
}
