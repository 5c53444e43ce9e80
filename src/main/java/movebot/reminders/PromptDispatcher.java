package movebot.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends prompts when they fall due: claim, hand to the outlet, record the outcome.
 *
 * <p>Claim before sending, mark after: a crash between the two leaves a claimed row that the
 * next start sends again if still within the grace window. So a crash can duplicate a prompt
 * but never silently lose one inside the window, and the duplicates are limited to the claims
 * not yet marked: at most {@code maxAhead} prompts (about two seconds of sending), because
 * this dispatcher claims no more than that ahead of what the sender has finished.
 *
 * <p>When the database refuses a write (locked by another process, disk full), nothing is
 * claimed, so nothing is sent without a claim; outcomes that could not be written are kept and
 * written by a later round, so a send that happened is never forgotten and sent again.
 *
 * <p>Runs on one owned daemon thread that catches everything, so it never dies silently.
 */
public final class PromptDispatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PromptDispatcher.class);
  private static final Duration MAX_SLEEP = Duration.ofSeconds(1);
  /** While sends are under way, outcomes are written at least this often. */
  private static final Duration BUSY_SLEEP = Duration.ofMillis(100);

  private final ReminderStore store;
  private final PromptOutlet outlet;
  private final Duration grace;
  private final Clock clock;
  private final int maxAhead;
  /** Claim again only once this many places are free: fewer, larger transactions. */
  private final int claimChunk;
  private final AtomicInteger unfinished = new AtomicInteger();
  private final ConcurrentLinkedQueue<ReminderStore.Finished> finished = new ConcurrentLinkedQueue<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile int failedRounds;

  /** @param maxAhead how many prompts may be claimed but not yet finished */
  public PromptDispatcher(ReminderStore store, PromptOutlet outlet, Duration grace, Clock clock, int maxAhead) {
    this.store = store;
    this.outlet = outlet;
    this.grace = grace;
    this.clock = clock;
    this.maxAhead = maxAhead;
    this.claimChunk = Math.max(1, maxAhead / 4);
    this.thread = new Thread(this::loop, "movebot-prompts");
    this.thread.setDaemon(true);
  }

  /** Sends again what a crash left claimed, then runs until {@link #close}. */
  public void start() {
    thread.start();
  }

  private void loop() {
    boolean recovered = false;
    while (running) {
      try {
        if (!recovered) {
          // Before claiming anything new: a claim left by a crash is never claimed again otherwise.
          hand(store.recoverUnfinished(grace));
          recovered = true;
        }
        dispatchOnce();
        if (failedRounds > 0) {
          log.info("Prompt dispatch works again after {} failed rounds", failedRounds);
          failedRounds = 0;
        }
        sleepUntilDue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        int failures = ++failedRounds;
        if (failures == 1) {
          log.error("Prompt dispatch failed; trying again every second until it works", e);
        } else if (failures % 60 == 0) {
          log.error("Prompt dispatch still failing after {} rounds: {}", failures, e.getMessage());
        }
        try {
          sleep(MAX_SLEEP);
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
  }

  /** One round: record outcomes, then claim and hand over what is due. Returns how many were handed over. */
  public int dispatchOnce() {
    flushFinished();
    int room = maxAhead - unfinished.get();
    if (room < claimChunk) {
      return 0;
    }
    List<DuePrompt> due = new ArrayList<>(store.claimDueSnoozes(room));
    if (due.size() < room) {
      due.addAll(store.claimDue(room - due.size(), grace));
    }
    hand(due);
    return due.size();
  }

  private void hand(List<DuePrompt> prompts) {
    for (DuePrompt prompt : prompts) {
      unfinished.incrementAndGet();
      Consumer<PromptOutlet.Result> whenDone = result -> {
        finished.add(new ReminderStore.Finished(prompt, result));
        if (unfinished.decrementAndGet() == maxAhead - claimChunk) {
          signal(); // room for another chunk: wake the loop instead of waiting out its sleep
        }
      };
      try {
        outlet.deliver(prompt, whenDone);
      } catch (RuntimeException e) {
        // Rendering may read the database (a walking plan's target); one prompt that cannot be
        // made must not leave the rest of the batch claimed and never handed over.
        log.error("Could not send prompt {} to chat {}; marked failed", prompt.deliveryId(), prompt.chatId(), e);
        whenDone.accept(PromptOutlet.Result.FAILED);
      }
    }
  }

  /**
   * Writes the outcomes collected since the last call, in one transaction. If the write fails
   * they are kept for the next call, and the failure is thrown.
   */
  public void flushFinished() {
    List<ReminderStore.Finished> batch = new ArrayList<>();
    for (ReminderStore.Finished f = finished.poll(); f != null; f = finished.poll()) {
      batch.add(f);
    }
    try {
      store.finish(batch);
    } catch (RuntimeException e) {
      finished.addAll(batch);
      throw e;
    }
  }

  /** Outcomes collected but not yet written; for tests. */
  int unwritten() {
    return finished.size();
  }

  /** Rounds in a row that failed (the database refused a write); 0 once a round works. */
  public int failedRounds() {
    return failedRounds;
  }

  /** Prompts claimed and not yet finished; for tests and shutdown. */
  public int unfinished() {
    return unfinished.get();
  }

  private void sleepUntilDue() throws InterruptedException {
    if (unfinished.get() > 0) {
      sleep(BUSY_SLEEP); // sends under way: write their outcomes soon, claim when a chunk is free
      return;
    }
    Instant now = clock.instant();
    Duration wait = store.nextDue().map(due -> Duration.between(now, due)).orElse(MAX_SLEEP);
    if (!wait.isNegative() && !wait.isZero()) {
      sleep(wait.compareTo(MAX_SLEEP) > 0 ? MAX_SLEEP : wait);
    }
  }

  private void sleep(Duration duration) throws InterruptedException {
    lock.lock();
    try {
      if (running) {
        wake.await(duration.toNanos(), TimeUnit.NANOSECONDS);
      }
    } finally {
      lock.unlock();
    }
  }

  private void signal() {
    lock.lock();
    try {
      wake.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Wakes the loop early, e.g. after someone subscribes for a time that is due now. */
  public void nudge() {
    signal();
  }

  /**
   * Stops claiming. Call before shutting the sender down, then {@link #recordLastOutcomes} after it,
   * so abandoned prompts are released for the next start.
   */
  @Override
  public void close() {
    running = false;
    signal();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    recordLastOutcomes();
  }

  /**
   * Writes what is left to write at shutdown; a failure is logged, not thrown: those prompts
   * stay claimed, and the next start sends them again if they are still within the grace window.
   */
  public void recordLastOutcomes() {
    try {
      flushFinished();
    } catch (RuntimeException e) {
      log.error("Could not record how {} prompt sends ended; the next start counts them as unsent", finished.size(), e);
    }
  }
}
