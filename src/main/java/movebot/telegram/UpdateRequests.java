package movebot.telegram;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import movebot.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * What each {@code getUpdates} asks for: the updates after the last one taken in, across
 * restarts too ({@link UpdateOffsetStore}), and the way out of two dead ends telegrambots'
 * poller cannot leave by itself:
 *
 * <ul>
 *   <li>An update the library cannot read (say, a message dated 0) fails its whole batch, and the
 *       poller asks for the same batch again, forever. {@link UnreadableUpdates} finds the
 *       culprit; this asks first for the updates before it, then past it.
 *   <li>After a week without updates Telegram numbers new ones from a random id, possibly lower
 *       than the last one seen, and the poller drops every update at or below the highest id it
 *       has seen. A batch that it dropped whole, or one whose ids are all below the stored
 *       offset, means the numbering started again: follow it down.
 * </ul>
 *
 * <p>All calls come from the one polling thread.
 */
final class UpdateRequests {
  private static final Logger log = LoggerFactory.getLogger(UpdateRequests.class);

  private final UpdateOffsetStore store;
  private final int timeoutSeconds;
  /** The highest update id taken in (or skipped), as stored. */
  private long taken;
  /** telegrambots' own highest id seen, which it filters each batch by. */
  private AtomicInteger libraryLastSeen;
  private UnreadableUpdates.Found unreadable;

  UpdateRequests(UpdateOffsetStore store, int timeoutSeconds) {
    this.store = store;
    this.timeoutSeconds = timeoutSeconds;
    this.taken = store.load();
  }

  /** Lets a renumbering reset the poller's filter ({@code BotSession.getLastReceivedUpdate()}). */
  synchronized void follow(AtomicInteger libraryLastSeen) {
    this.libraryLastSeen = libraryLastSeen;
  }

  /** The next request, given the highest id the poller has seen. */
  synchronized GetUpdates next(int lastSeen) {
    long offset = Math.max(lastSeen, taken) + 1;
    int limit = 100;
    if (unreadable != null) {
      int before = unreadable.readableBetween(offset);
      if (before > 0) {
        limit = before; // the readable updates in front of it, on their own
      } else if (offset <= unreadable.updateId()) {
        log.warn("Skipping update {}: the Telegram library cannot read it ({})", unreadable.updateId(), unreadable.reason());
        offset = unreadable.updateId() + 1;
        remember(unreadable.updateId());
        unreadable = null;
      } else {
        unreadable = null; // already behind us
      }
    }
    return GetUpdates.builder().offset((int) offset).limit(limit).timeout(timeoutSeconds).build();
  }

  /** A getUpdates answer the library could not read; plans to step over the update at fault. */
  synchronized boolean cannotRead(String body) {
    unreadable = UnreadableUpdates.find(body).orElse(null);
    return unreadable != null;
  }

  /**
   * Records a batch the poller hands over, before anything in it is answered: once a reply has
   * gone out, a restart must not fetch its update again.
   */
  synchronized void taken(List<Update> batch) {
    if (batch.isEmpty()) {
      // The poller only hands over an empty batch when it dropped every update as already seen.
      log.warn("Telegram sent updates numbered at or below {}; following its new numbering", taken);
      restartNumbering(0);
      return;
    }
    long highest = batch.stream().mapToLong(Update::getUpdateId).max().orElseThrow();
    if (highest <= taken) {
      log.warn("Telegram numbers updates from {} now, below the {} stored; following it", highest, taken);
      restartNumbering(highest);
    } else {
      remember(highest);
    }
  }

  private void remember(long updateId) {
    taken = updateId;
    try {
      store.save(updateId);
    } catch (StorageException e) {
      // Answering matters more than remembering: the library confirms these updates with its
      // next poll anyway; only a restart during the outage could fetch and answer them again.
      log.warn("Could not store the update offset {}; answering anyway: {}", updateId, e.getMessage());
    }
  }

  private void restartNumbering(long from) {
    taken = from;
    store.reset(from);
    if (libraryLastSeen != null) {
      libraryLastSeen.set((int) from);
    }
  }
}
