package movebot.telegram;

import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Backoff between failed {@code getUpdates} calls: 0.5 s doubling to at most 30 s (the
 * library's default grows to 15 minutes, which would leave people unanswered long after
 * Telegram is back), and never shorter than a pending {@code retry_after}. A failure after a
 * 200 OK means the library could not read the batch; then the next request steps over the
 * update at fault at once instead of asking for the same batch forever.
 */
final class PollingBackOff implements BackOff {
  static final long FIRST_MILLIS = 500;
  static final long MAX_MILLIS = 30_000;

  private final PollingWatch watch;
  private final UpdateRequests requests;
  private long next = FIRST_MILLIS;

  PollingBackOff(PollingWatch watch, UpdateRequests requests) {
    this.watch = watch;
    this.requests = requests;
  }

  @Override
  public synchronized void reset() {
    next = FIRST_MILLIS;
  }

  @Override
  public synchronized long nextBackOffMillis() {
    String unread = watch.takeLastBatch();
    if (unread != null && requests.cannotRead(unread)) {
      return 0;
    }
    long wait = Math.max(next, watch.takeRetryAfterMillis());
    next = Math.min(MAX_MILLIS, next * 2);
    return wait;
  }
}
