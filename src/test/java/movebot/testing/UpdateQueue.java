package movebot.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The bot's pending updates, as Telegram keeps them for getUpdates: ids increase, a getUpdates
 * with {@code offset} confirms (drops) everything below it, and a long poll waits until an update
 * arrives, its timeout passes, or the fake closes.
 */
final class UpdateQueue {
  private record Pending(long id, String json) {}

  private final Deque<Pending> pending = new ArrayDeque<>();
  private long nextId = 1;
  private boolean closed;

  /** Adds an update given as a JSON object without {@code update_id}; returns the id given to it. */
  synchronized long add(String objectJsonWithoutId) {
    long id = nextId++;
    String rest = objectJsonWithoutId.strip().substring(1).strip();
    String json = "{\"update_id\":" + id + (rest.equals("}") ? "" : ",") + rest;
    pending.addLast(new Pending(id, json));
    notifyAll();
    return id;
  }

  /**
   * Confirms updates below {@code offset} (a negative offset keeps only the last {@code -offset}),
   * then returns up to {@code limit} updates as JSON, waiting up to {@code timeout} for the first.
   */
  synchronized List<String> take(long offset, int limit, Duration timeout) throws InterruptedException {
    confirm(offset);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (pending.isEmpty() && !closed) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        break;
      }
      wait(Math.max(1, (remaining + 999_999) / 1_000_000));
    }
    List<String> batch = new ArrayList<>(Math.min(limit, pending.size()));
    for (Pending update : pending) {
      if (batch.size() == limit) {
        break;
      }
      batch.add(update.json());
    }
    return batch;
  }

  /**
   * The next update gets {@code id}, and ids go on from there. Telegram does this after a week
   * without updates ("chosen randomly instead of sequentially"), so ids can jump backwards.
   */
  synchronized void renumber(long id) {
    nextId = id;
  }

  /** Updates not yet confirmed by an offset. */
  synchronized int size() {
    return pending.size();
  }

  /** Wakes every waiting long poll; from now on polls answer at once. */
  synchronized void close() {
    closed = true;
    notifyAll();
  }

  /** Drops updates below {@code offset}; a negative offset keeps only the last {@code -offset}. */
  synchronized void confirm(long offset) {
    if (offset < 0) {
      while (pending.size() > -offset) {
        pending.removeFirst();
      }
    } else {
      while (!pending.isEmpty() && pending.peekFirst().id() < offset) {
        pending.removeFirst();
      }
    }
  }
}
