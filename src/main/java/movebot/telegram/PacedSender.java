package movebot.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import movebot.chat.Outbound;
import movebot.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way out to Telegram. A dispatcher thread hands sends to a small worker pool while
 * keeping Telegram's limits:
 *
 * <ul>
 *   <li>a global pace ({@code send.rate.global}) shared by everything sent, with no bursts,
 *       so a server that counts per second never sees more than the rate;
 *   <li>at most one message in flight per chat, and {@code 1 / send.rate.per_chat} seconds
 *       between messages to the same chat;
 *   <li>replies to people ahead of queued prompts, within a chat and across chats;
 *   <li>429 pauses every send for {@code retry_after}; 5xx and network errors retry the same
 *       message with bounded exponential backoff; 403 and "chat not found" drop the chat's
 *       queue and report it through {@code onChatGone}.
 *   <li>Two such failures in a row mean Telegram is in trouble, not one message: every send
 *       pauses, 0.5 s doubling to 30 s, and after each pause one message is tried to see
 *       whether it is back. So an outage is probed rather than hammered, and it does not use up
 *       the bounded retries of every message queued meanwhile.
 *   <li>A message sent but not answered in time ({@link SendFailure.Kind#NO_ANSWER}) is not
 *       sent again: Telegram may have delivered it. It is reported as failed and logged as
 *       possibly delivered.
 * </ul>
 */
final class PacedSender implements Outbound, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PacedSender.class);

  static final int MAX_ATTEMPTS = 6;
  static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
  private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(30);
  /** The most sends in flight at once, whatever the rate; also the worker pool's size. */
  static final int MAX_IN_FLIGHT = 64;

  /** Performs one reply as one API call. */
  @FunctionalInterface
  interface Performer {
    void perform(Reply reply) throws Exception;
  }

  private final Performer performer;
  private final long globalIntervalNanos;
  private final long chatIntervalNanos;
  private final LongConsumer onChatGone;
  private final Runnable onUnauthorized;
  private final long firstBackoffNanos;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<Long, ChatLine> lines = new HashMap<>();
  private final ArrayDeque<ChatLine> readyReplies = new ArrayDeque<>();
  private final ArrayDeque<ChatLine> readyPrompts = new ArrayDeque<>();
  private final PriorityQueue<ChatLine> waiting = new PriorityQueue<>(Comparator.comparingLong(l -> l.readyAt));
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicInteger inFlightCount = new AtomicInteger();
  private final Semaphore inFlight;
  private final ExecutorService workers;
  private final Thread dispatcher;

  private long nextPermitAt = System.nanoTime();
  private long nextPruneAt = System.nanoTime();
  private long pausedUntil = System.nanoTime();
  /** Sends in a row that got no usable answer (5xx, network errors, timeouts); reset by any answer. */
  private int troubledInARow;
  /** The current pause for server trouble; 0 while Telegram answers. */
  private long troubleBackoffNanos;
  /** When that pause last grew: a send already in flight then belongs to the same wave. */
  private long troubleRaisedAt = Long.MIN_VALUE;
  private boolean accepting = true;
  private boolean running = true;

  PacedSender(
      Performer performer, double globalRate, double perChatRate, LongConsumer onChatGone, Runnable onUnauthorized) {
    this(performer, globalRate, perChatRate, onChatGone, onUnauthorized, FIRST_BACKOFF);
  }

  PacedSender(
      Performer performer,
      double globalRate,
      double perChatRate,
      LongConsumer onChatGone,
      Runnable onUnauthorized,
      Duration firstBackoff) {
    this.firstBackoffNanos = firstBackoff.toNanos();
    this.performer = performer;
    this.globalIntervalNanos = (long) (1_000_000_000L / globalRate);
    this.chatIntervalNanos = (long) (1_000_000_000L / perChatRate);
    this.onChatGone = onChatGone;
    this.onUnauthorized = onUnauthorized;
    // Sends in flight when the server stalls all land together when it recovers. Holding them
    // to a tenth of a second's quota keeps such a burst within the headroom between our rate
    // and Telegram's limit (25/s against about 30/s).
    int maxInFlight = (int) Math.min(MAX_IN_FLIGHT, Math.max(4, Math.ceil(globalRate / 10)));
    this.inFlight = new Semaphore(maxInFlight);
    AtomicInteger workerNumber = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            maxInFlight,
            r -> {
              Thread t = new Thread(r, "movebot-send-" + workerNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.dispatcher = new Thread(this::dispatchLoop, "movebot-send-dispatcher");
    this.dispatcher.setDaemon(true);
    this.dispatcher.start();
  }

  /** One queued send. {@code seq} orders items within a lane; a retried item keeps its place. */
  private record Item(Reply reply, Lane lane, long seq, Consumer<Outcome> whenDone, int attempts) {
    Item retried() {
      return new Item(reply, lane, seq, whenDone, attempts + 1);
    }

    boolean countsAgainstChat() {
      return !(reply instanceof Reply.ButtonAck); // answering a button press posts nothing in the chat
    }
  }

  /** Everything queued for one chat; in at most one of the ready lanes or the waiting heap. */
  private static final class ChatLine {
    final long chatId;
    final PriorityQueue<Item> items =
        new PriorityQueue<>(Comparator.comparing(Item::lane).thenComparingLong(Item::seq));
    long readyAt;
    boolean inFlight;

    ChatLine(long chatId, long readyAt) {
      this.chatId = chatId;
      this.readyAt = readyAt;
    }
  }

  @Override
  public void send(Reply reply, Lane lane, Consumer<Outcome> whenDone) {
    lock.lock();
    try {
      if (!accepting) {
        complete(whenDone, Outcome.ABANDONED);
        return;
      }
      ChatLine line = lines.computeIfAbsent(reply.chatId(), id -> new ChatLine(id, System.nanoTime()));
      boolean wasIdle = line.items.isEmpty() && !line.inFlight;
      line.items.add(new Item(reply, lane, sequence.incrementAndGet(), whenDone, 1));
      if (wasIdle) {
        schedule(line);
      } else if (lane == Lane.REPLY && readyPrompts.remove(line)) {
        readyReplies.add(line); // a reply now heads this chat's queue
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until nothing is queued or in flight, at most {@code timeout}; true if it got there.
   * Every change to the queues signals {@code changed}, so this wakes on those, not on a timer.
   */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (pending() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        changed.awaitNanos(left);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** How many sends are queued or in flight; called under the lock. */
  private int pending() {
    return lines.values().stream().mapToInt(l -> l.items.size()).sum() + inFlightCount.get();
  }

  /** Puts a line where the dispatcher will find it; an empty line stays known until its spacing has passed. */
  private void schedule(ChatLine line) {
    if (line.items.isEmpty()) {
      return;
    } else if (line.readyAt <= System.nanoTime()) {
      (line.items.peek().lane() == Lane.REPLY ? readyReplies : readyPrompts).add(line);
    } else {
      waiting.add(line);
    }
  }

  private void dispatchLoop() {
    while (true) {
      ChatLine line;
      Item item;
      long dispatchedAt;
      lock.lock();
      try {
        if (!running) {
          return;
        }
        long now = System.nanoTime();
        if (now >= nextPruneAt) {
          lines.values().removeIf(l -> l.items.isEmpty() && !l.inFlight && l.readyAt <= now);
          nextPruneAt = now + TimeUnit.SECONDS.toNanos(1);
        }
        while (!waiting.isEmpty() && waiting.peek().readyAt <= now) {
          ChatLine ready = waiting.poll();
          (ready.items.peek().lane() == Lane.REPLY ? readyReplies : readyPrompts).add(ready);
        }
        long wakeAt = Math.max(pausedUntil, nextPermitAt);
        if (readyReplies.isEmpty() && readyPrompts.isEmpty()) {
          awaitUntil(waiting.isEmpty() ? now + TimeUnit.SECONDS.toNanos(1) : waiting.peek().readyAt);
          continue;
        }
        if (wakeAt > now) {
          awaitUntil(wakeAt); // paused by a 429 or pacing; a new reply may arrive meanwhile
          continue;
        }
        if (troubleBackoffNanos > 0 && inFlightCount.get() > 0) {
          awaitUntil(now + TimeUnit.SECONDS.toNanos(1)); // in trouble: one send at a time, to see whether Telegram is back
          continue;
        }
        if (!inFlight.tryAcquire()) {
          awaitUntil(now + TimeUnit.MILLISECONDS.toNanos(5));
          continue;
        }
        line = readyReplies.isEmpty() ? readyPrompts.poll() : readyReplies.poll();
        item = line.items.poll();
        line.inFlight = true;
        inFlightCount.incrementAndGet();
        // Stay on the permit grid when this wake-up came a little late, so small delays do not
        // add up to a lower rate; after idle time start afresh rather than bank permits.
        if (now - nextPermitAt > globalIntervalNanos) {
          nextPermitAt = now;
        }
        nextPermitAt += globalIntervalNanos;
        dispatchedAt = now;
      } catch (InterruptedException e) {
        return;
      } finally {
        lock.unlock();
      }
      ChatLine sending = line;
      Item sendingItem = item;
      long sentAt = dispatchedAt;
      workers.execute(() -> perform(sending, sendingItem, sentAt));
    }
  }

  private void awaitUntil(long deadline) throws InterruptedException {
    long wait = deadline - System.nanoTime();
    if (wait > 0) {
      changed.awaitNanos(wait);
    }
  }

  private void perform(ChatLine line, Item item, long dispatchedAt) {
    Outcome outcome = null;
    SendFailure failure = null;
    try {
      performer.perform(item.reply());
      outcome = Outcome.DELIVERED;
    } catch (Exception e) {
      failure = SendFailure.classify(e);
    } catch (Throwable t) {
      log.error("Unexpected error while sending to chat {}", line.chatId, t);
      outcome = Outcome.FAILED;
    }
    lock.lock();
    try {
      long now = System.nanoTime();
      line.inFlight = false;
      inFlightCount.decrementAndGet();
      inFlight.release();
      if (item.countsAgainstChat()) {
        line.readyAt = Math.max(line.readyAt, now + chatIntervalNanos);
      }
      if (failure != null) {
        outcome = afterFailure(line, item, failure, now);
      }
      if (failure != null && (failure.kind() == SendFailure.Kind.TRANSIENT || failure.kind() == SendFailure.Kind.NO_ANSWER)) {
        noteTrouble(failure, dispatchedAt, now);
      } else if (failure != null || outcome == Outcome.DELIVERED) {
        noteAnswer(); // an answer, even a refusal, means Telegram is there
      }
      if (running) {
        schedule(line);
      } else {
        for (Item left : line.items) {
          complete(left.whenDone(), Outcome.ABANDONED);
        }
        line.items.clear();
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    if (outcome != null) {
      complete(item.whenDone(), outcome);
    }
    if (failure != null && failure.kind() == SendFailure.Kind.CHAT_GONE) {
      try {
        onChatGone.accept(line.chatId);
      } catch (RuntimeException e) {
        log.error("Could not record that chat {} is gone", line.chatId, e);
      }
    }
    if (failure != null && failure.kind() == SendFailure.Kind.UNAUTHORIZED) {
      onUnauthorized.run();
    }
  }

  /** Called under the lock after a send got no usable answer. */
  private void noteTrouble(SendFailure failure, long dispatchedAt, long now) {
    if (dispatchedAt < troubleRaisedAt) {
      return; // already in flight when the pause last grew: not a new sign
    }
    if (++troubledInARow < 2) {
      return; // one failure among answers: that message's own backoff is enough
    }
    troubleBackoffNanos = troubleBackoffNanos == 0 ? firstBackoffNanos : Math.min(MAX_BACKOFF_NANOS, troubleBackoffNanos * 2);
    troubleRaisedAt = now;
    pausedUntil = Math.max(pausedUntil, now + troubleBackoffNanos);
    if (troubleBackoffNanos == firstBackoffNanos || troubleBackoffNanos == MAX_BACKOFF_NANOS) {
      log.warn("Telegram is failing ({}, {} sends in a row); pausing all sends for {} ms before trying again",
          failure.description(), troubledInARow, TimeUnit.NANOSECONDS.toMillis(troubleBackoffNanos));
    }
  }

  /** Called under the lock after Telegram answered a send. */
  private void noteAnswer() {
    if (troubleBackoffNanos > 0) {
      log.info("Telegram answers again after {} failed sends in a row; sending resumes", troubledInARow);
    }
    troubledInARow = 0;
    troubleBackoffNanos = 0;
  }

  /** Called under the lock. Returns the item's outcome, or null when it was queued again. */
  private Outcome afterFailure(ChatLine line, Item item, SendFailure failure, long now) {
    switch (failure.kind()) {
      case RATE_LIMITED:
        pausedUntil = Math.max(pausedUntil, now + failure.retryAfter().toNanos());
        log.warn("Telegram asked to slow down: pausing all sends for {} s", failure.retryAfter().toSeconds());
        line.items.add(item); // same seq: it goes first when the pause ends
        return null;
      case TRANSIENT:
        if (item.attempts() < MAX_ATTEMPTS && running) {
          long backoff = Math.min(MAX_BACKOFF_NANOS, firstBackoffNanos << (item.attempts() - 1));
          line.readyAt = Math.max(line.readyAt, now + backoff);
          line.items.add(item.retried());
          log.info("Send to chat {} failed ({}), attempt {} of {}; retrying in {} ms",
              line.chatId, failure.description(), item.attempts(), MAX_ATTEMPTS, TimeUnit.NANOSECONDS.toMillis(backoff));
          return null;
        }
        log.warn("Giving up on a send to chat {} after {} attempts: {}", line.chatId, item.attempts(), failure.description());
        return Outcome.FAILED;
      case NO_ANSWER:
        log.warn("No answer from Telegram in time to a message for chat {}; it may have been delivered,"
            + " so it is not sent again", line.chatId);
        return Outcome.FAILED;
      case CHAT_GONE:
        log.info("Chat {} is gone ({}); dropping its queue", line.chatId, failure.description());
        for (Item dropped : line.items) {
          complete(dropped.whenDone(), Outcome.CHAT_GONE);
        }
        line.items.clear();
        return Outcome.CHAT_GONE;
      case UNAUTHORIZED:
        log.error("Telegram refused the bot token (401 Unauthorized); check TELEGRAM_BOT_TOKEN");
        return Outcome.FAILED;
      default:
        log.warn("Telegram refused a message to chat {}: {}", line.chatId, failure.description());
        return Outcome.FAILED;
    }
  }

  private static void complete(Consumer<Outcome> whenDone, Outcome outcome) {
    try {
      whenDone.accept(outcome);
    } catch (RuntimeException e) {
      log.error("A send-completion handler failed", e);
    }
  }

  /**
   * Stops taking new sends, lets sends already in flight finish (up to {@code grace}), and
   * reports everything still queued as {@link Outcome#ABANDONED}.
   */
  void shutdown(Duration grace) {
    lock.lock();
    try {
      accepting = false;
      running = false;
      for (ChatLine line : lines.values()) {
        for (Item item : line.items) {
          complete(item.whenDone(), Outcome.ABANDONED);
        }
        line.items.clear();
      }
      readyReplies.clear();
      readyPrompts.clear();
      waiting.clear();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    workers.shutdown();
    try {
      if (!workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("{} sends still in flight at shutdown", inFlightCount.get());
        workers.shutdownNow();
      }
      dispatcher.join(grace.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    shutdown(Duration.ofSeconds(3));
  }
}
