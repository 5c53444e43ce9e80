package movebot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A budget of incoming messages per chat, so one person (or script) flooding the bot cannot
 * queue minutes of replies or take the workers from everyone else.
 *
 * <p>It lives in the Telegram update path, not the conversation core: it protects what Telegram
 * traffic uses up (the update workers, the database, the per-chat send queue, which Telegram
 * drains at one message a second per chat), and it has to act before any work is queued. The
 * terminal has one person typing and needs none of it. The core only says which messages it
 * would answer, so group chatter the bot ignores never uses up a group's budget.
 *
 * <p>Each chat has a token bucket: {@code burst} messages at once, refilled at {@code perSecond}.
 * A message that finds it empty is dropped, and the chat is throttled until the bucket is full
 * again, a few seconds; everything it sends meanwhile is dropped too, rather than answered a
 * trickle at a time. The first drop gets one notice, and at most one per {@link #NOTICE_EVERY}.
 * A dropped button press gets no answer either, so the person's app shows its spinner until
 * Telegram gives up on it.
 *
 * <p>Memory stays bounded: chats whose bucket is full again and whose notice is old are
 * forgotten once a minute (they are then no different from a chat never seen), and at most
 * {@link #MAX_CHATS} are kept, the least recently active going first.
 */
final class IncomingThrottle {
  static final Duration NOTICE_EVERY = Duration.ofMinutes(1);
  static final int MAX_CHATS = 100_000;
  private static final long PRUNE_EVERY_MILLIS = 60_000;

  enum Verdict {
    /** Handle it. */
    PASS,
    /** Drop it silently. */
    DROP,
    /** Drop it and tell the chat why, once. */
    DROP_AND_NOTIFY
  }

  private static final class Bucket {
    double tokens;
    long updatedAt;
    boolean throttled;
    /** When the last notice went out; negative for never. */
    long noticeAt = -1;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updatedAt = now;
    }
  }

  private final Clock clock;
  private final int burst;
  private final double perMilli;
  private final Map<Long, Bucket> buckets =
      new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Bucket> eldest) {
          return size() > MAX_CHATS;
        }
      };
  private long nextPruneAt;

  IncomingThrottle(Clock clock, int burst, double perSecond) {
    if (burst < 1 || !(perSecond > 0)) {
      throw new IllegalArgumentException("burst must be >= 1 and the rate positive");
    }
    this.clock = clock;
    this.burst = burst;
    this.perMilli = perSecond / 1000;
    this.nextPruneAt = clock.millis() + PRUNE_EVERY_MILLIS;
  }

  /** Counts one message the bot would answer in {@code chatId}, and says what to do with it. */
  synchronized Verdict admit(long chatId) {
    long now = clock.millis();
    if (now >= nextPruneAt) {
      buckets.values().removeIf(b -> isFresh(b, now));
      nextPruneAt = now + PRUNE_EVERY_MILLIS;
    }
    Bucket bucket = buckets.computeIfAbsent(chatId, id -> new Bucket(burst, now));
    refill(bucket, now);
    if (bucket.throttled && bucket.tokens >= burst) {
      bucket.throttled = false;
    }
    if (!bucket.throttled && bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return Verdict.PASS;
    }
    bucket.throttled = true;
    if (noticeDue(bucket, now)) {
      bucket.noticeAt = now;
      return Verdict.DROP_AND_NOTIFY;
    }
    return Verdict.DROP;
  }

  /** How many chats it remembers; for tests. */
  synchronized int trackedChats() {
    return buckets.size();
  }

  private void refill(Bucket bucket, long now) {
    long elapsed = Math.max(0, now - bucket.updatedAt); // a clock stepped back refills nothing
    bucket.tokens = Math.min(burst, bucket.tokens + elapsed * perMilli);
    bucket.updatedAt = now;
  }

  /** A chat in the state of one never seen: full bucket, no recent notice. */
  private boolean isFresh(Bucket bucket, long now) {
    refill(bucket, now);
    return bucket.tokens >= burst && noticeDue(bucket, now);
  }

  private static boolean noticeDue(Bucket bucket, long now) {
    return bucket.noticeAt < 0 || now - bucket.noticeAt >= NOTICE_EVERY.toMillis();
  }
}
