package movebot;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import movebot.testing.FakeBotApi;
import movebot.testing.RecordedCall;

/** Daily prompts the fake Bot API accepted (HTTP 200), per chat. */
final class PromptTally {
  private PromptTally() {}

  static boolean isPrompt(RecordedCall call) {
    return call.param("text").contains("Time to move");
  }

  /** Accepted prompts per chat, for chats {@code 1..chats}. */
  static Map<Long, Integer> perChat(List<RecordedCall> sendMessages, long chats) {
    Map<Long, Integer> tally = new HashMap<>();
    for (RecordedCall call : sendMessages) {
      long chat = call.chatId();
      if (call.succeeded() && chat >= 1 && chat <= chats && isPrompt(call)) {
        tally.merge(chat, 1, Integer::sum);
      }
    }
    return tally;
  }

  static Map<Long, Integer> perChat(FakeBotApi api, long chats) {
    return perChat(api.calls("sendMessage"), chats);
  }

  /** Prompts accepted beyond the first, over all chats. */
  static long duplicates(Map<Long, Integer> tally) {
    return tally.values().stream().mapToLong(n -> n - 1).sum();
  }

  /** Waits until each of chats {@code 1..chats} has had a prompt accepted, without polling hot. */
  static void awaitEveryChat(FakeBotApi api, long chats, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<RecordedCall> calls = api.calls("sendMessage");
      long missing = chats - perChat(calls, chats).size();
      if (missing == 0) {
        return;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(missing + " of " + chats + " chats still have no prompt after " + timeout);
      }
      // At least `missing` more calls must arrive before every chat can have one.
      try {
        api.awaitCalls("sendMessage", (int) (calls.size() + missing), Duration.ofNanos(left));
      } catch (AssertionError timedOut) {
        // checked again above, with a shorter message
      }
    }
  }
}
