package movebot.telegram;

import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Backoff between failed {@code getUpdates} calls: 0.5 s doubling to at most 30 s (the
 * library's default grows to 15 minutes, which would leave people unanswered long after
 * Telegram is back), and never shorter than a pending {@code retry_after}.
 */
final class PollingBackOff implements BackOff {
  static final long FIRST_MILLIS = 500;
  static final long MAX_MILLIS = 30_000;

  private final PollingWatch watch;
  private long next = FIRST_MILLIS;

  PollingBackOff(PollingWatch watch) {
    this.watch = watch;
  }

  @Override
  public synchronized void reset() {
    next = FIRST_MILLIS;
  }

  @Override
  public synchronized long nextBackOffMillis() {
    long wait = Math.max(next, watch.takeRetryAfterMillis());
    next = Math.min(MAX_MILLIS, next * 2);
    return wait;
  }
}
