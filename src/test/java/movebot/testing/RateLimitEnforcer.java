package movebot.testing;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Telegram-style flood control for benchmarks: a global and a per-chat limit on messages, each a
 * sliding window. A send over either limit is refused (the fake answers 429) and counted; refused
 * sends do not use up the window.
 *
 * <p>Counted as sends: the methods that post or change a message ({@link #COUNTED}). Chat
 * actions and callback answers are not counted.
 */
final class RateLimitEnforcer {
  static final Set<String> COUNTED =
      Set.of("sendMessage", "sendPhoto", "sendDocument", "editMessageText", "editMessageReplyMarkup");

  private Limit global;
  private Limit perChat;
  private final Map<Long, Window> chats = new HashMap<>();
  private Window globalWindow;
  private int violations;

  synchronized void enforce(double globalPerSecond, double perChatPerSecond) {
    global = Limit.of(globalPerSecond);
    perChat = Limit.of(perChatPerSecond);
    globalWindow = new Window();
    chats.clear();
  }

  synchronized void disable() {
    global = null;
    perChat = null;
    chats.clear();
  }

  synchronized int violations() {
    return violations;
  }

  /**
   * Admits one call made at {@code nowNanos} (a {@link System#nanoTime()} reading) and returns 0,
   * or refuses it and returns the seconds to wait (at least 1).
   */
  synchronized int admit(String method, Long chatId, long nowNanos) {
    if (global == null || !COUNTED.contains(method)) {
      return 0;
    }
    long wait = globalWindow.waitNanos(global, nowNanos);
    Window chat = chatId == null ? null : chats.computeIfAbsent(chatId, id -> new Window());
    if (chat != null) {
      wait = Math.max(wait, chat.waitNanos(perChat, nowNanos));
    }
    if (wait > 0) {
      violations++;
      return (int) Math.max(1, (wait + 999_999_999) / 1_000_000_000);
    }
    globalWindow.add(nowNanos);
    if (chat != null) {
      chat.add(nowNanos);
    }
    return 0;
  }

  /** At most {@code count} sends in any {@code windowNanos}. */
  private record Limit(int count, long windowNanos) {
    static Limit of(double perSecond) {
      if (!(perSecond > 0)) {
        throw new IllegalArgumentException("rate must be > 0: " + perSecond);
      }
      // 25/s -> 25 per second; 0.5/s -> 1 per 2 seconds.
      double windowSeconds = Math.max(1, 1 / perSecond);
      return new Limit((int) Math.max(1, Math.floor(perSecond * windowSeconds + 1e-9)),
          (long) (windowSeconds * 1_000_000_000L));
    }
  }

  /** Times of the admitted sends still inside the window. */
  private static final class Window {
    private final ArrayDeque<Long> times = new ArrayDeque<>();

    long waitNanos(Limit limit, long now) {
      while (!times.isEmpty() && now - times.peekFirst() >= limit.windowNanos()) {
        times.removeFirst();
      }
      if (times.size() < limit.count()) {
        return 0;
      }
      return times.peekFirst() + limit.windowNanos() - now;
    }

    void add(long now) {
      times.addLast(now);
    }
  }
}
