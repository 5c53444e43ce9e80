package movebot.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import movebot.bench.SeededDatabase;
import movebot.storage.Database;
import movebot.storage.StorageException;
import movebot.testing.MutableClock;
import movebot.testing.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptDispatcherTest {
  @TempDir Path dir;

  /** An outlet that holds every prompt until the test says how it ended. */
  static final class HeldOutlet implements PromptOutlet {
    final List<DuePrompt> prompts = new ArrayList<>();
    final List<Consumer<Result>> callbacks = new ArrayList<>();

    @Override
    public void deliver(DuePrompt prompt, Consumer<Result> whenDone) {
      prompts.add(prompt);
      callbacks.add(whenDone);
    }

    void finishAll(Result result) {
      callbacks.forEach(c -> c.accept(result));
      callbacks.clear();
    }
  }

  private int count(Database db, String sql) {
    return (int) Sql.number(db, sql);
  }

  @Test
  void claimsNoMoreThanItsLimitAheadOfWhatIsFinished() {
    Instant due = Instant.parse("2026-03-02T07:00:00Z");
    SeededDatabase.create(dir.resolve("m.db"), 25, id -> due);
    try (Database db = Database.open(dir.resolve("m.db"))) {
      MutableClock clock = new MutableClock(due.plusSeconds(5));
      ReminderStore store = new ReminderStore(db, clock, ZoneId.of("UTC"), List.of("p1", "p2"));
      HeldOutlet outlet = new HeldOutlet();
      PromptDispatcher dispatcher = new PromptDispatcher(store, outlet, Duration.ofMinutes(60), clock, 10);

      assertEquals(10, dispatcher.dispatchOnce());
      assertEquals(0, dispatcher.dispatchOnce(), "nothing more while ten are unfinished");
      outlet.callbacks.remove(0).accept(PromptOutlet.Result.DELIVERED);
      assertEquals(0, dispatcher.dispatchOnce(), "one free place is less than a chunk (a quarter)");
      outlet.callbacks.remove(0).accept(PromptOutlet.Result.DELIVERED);
      assertEquals(2, dispatcher.dispatchOnce(), "two free places make a chunk");
      assertEquals(10, count(db, "SELECT count(*) FROM deliveries WHERE state = 'claimed'"));

      outlet.finishAll(PromptOutlet.Result.DELIVERED);
      assertEquals(10, dispatcher.dispatchOnce());
      assertEquals(12, count(db, "SELECT count(*) FROM deliveries WHERE state = 'sent'"), "outcomes are written in the next round");
      outlet.finishAll(PromptOutlet.Result.DELIVERED);
      assertEquals(3, dispatcher.dispatchOnce());
      outlet.finishAll(PromptOutlet.Result.DELIVERED);
      dispatcher.flushFinished();
      assertEquals(25, count(db, "SELECT count(*) FROM deliveries WHERE state = 'sent'"));
      assertEquals(25, outlet.prompts.stream().mapToLong(DuePrompt::chatId).distinct().count());
    }
  }

  @Test
  void aPromptThatCannotBeMadeIsMarkedFailedAndTheRestAreHandedOver() {
    Instant due = Instant.parse("2026-03-02T07:00:00Z");
    SeededDatabase.create(dir.resolve("m.db"), 3, id -> due);
    try (Database db = Database.open(dir.resolve("m.db"))) {
      MutableClock clock = new MutableClock(due.plusSeconds(5));
      ReminderStore store = new ReminderStore(db, clock, ZoneId.of("UTC"), List.of("p1"));
      HeldOutlet held = new HeldOutlet();
      boolean[] first = {true};
      PromptOutlet failingOnce = (prompt, whenDone) -> {
        if (first[0]) {
          first[0] = false;
          throw new IllegalStateException("cannot render");
        }
        held.deliver(prompt, whenDone);
      };
      PromptDispatcher dispatcher = new PromptDispatcher(store, failingOnce, Duration.ofMinutes(60), clock, 10);
      assertEquals(3, dispatcher.dispatchOnce());
      assertEquals(2, held.prompts.size(), "the other two were handed over");
      held.finishAll(PromptOutlet.Result.DELIVERED);
      dispatcher.flushFinished();
      assertEquals(1, count(db, "SELECT count(*) FROM deliveries WHERE state = 'failed'"));
      assertEquals(2, count(db, "SELECT count(*) FROM deliveries WHERE state = 'sent'"));
    }
  }

  @Test
  void abandonedPromptsAreClaimedAgainByTheNextRun() {
    Instant due = Instant.parse("2026-03-02T07:00:00Z");
    SeededDatabase.create(dir.resolve("m.db"), 3, id -> due);
    try (Database db = Database.open(dir.resolve("m.db"))) {
      MutableClock clock = new MutableClock(due.plusSeconds(5));
      ReminderStore store = new ReminderStore(db, clock, ZoneId.of("UTC"), List.of("p1"));
      HeldOutlet outlet = new HeldOutlet();
      PromptDispatcher first = new PromptDispatcher(store, outlet, Duration.ofMinutes(60), clock, 10);
      assertEquals(3, first.dispatchOnce());
      outlet.finishAll(PromptOutlet.Result.ABANDONED); // the bot stopped before sending them
      first.close();

      PromptDispatcher second = new PromptDispatcher(store, new HeldOutlet(), Duration.ofMinutes(60), clock, 10);
      assertEquals(3, second.dispatchOnce());
    }
  }

  @Test
  void aGoneChatDeactivatesItsSubscription() {
    Instant due = Instant.parse("2026-03-02T07:00:00Z");
    SeededDatabase.create(dir.resolve("m.db"), 1, id -> due);
    try (Database db = Database.open(dir.resolve("m.db"))) {
      MutableClock clock = new MutableClock(due.plusSeconds(5));
      ReminderStore store = new ReminderStore(db, clock, ZoneId.of("UTC"), List.of("p1"));
      HeldOutlet outlet = new HeldOutlet();
      PromptDispatcher dispatcher = new PromptDispatcher(store, outlet, Duration.ofMinutes(60), clock, 10);
      dispatcher.dispatchOnce();
      outlet.finishAll(PromptOutlet.Result.CHAT_GONE);
      dispatcher.flushFinished();
      assertEquals(0, count(db, "SELECT count(*) FROM subscriptions WHERE next_fire_at IS NOT NULL"));
    }
  }

  @Test
  void outcomesThatCouldNotBeWrittenAreKeptAndWrittenByALaterRound() {
    Instant due = Instant.parse("2026-03-02T07:00:00Z");
    SeededDatabase.create(dir.resolve("m.db"), 3, id -> due);
    try (Database db = Database.open(dir.resolve("m.db"))) {
      MutableClock clock = new MutableClock(due.plusSeconds(5));
      ReminderStore store = new ReminderStore(db, clock, ZoneId.of("UTC"), List.of("p1"));
      HeldOutlet outlet = new HeldOutlet();
      PromptDispatcher dispatcher = new PromptDispatcher(store, outlet, Duration.ofMinutes(60), clock, 10);
      assertEquals(3, dispatcher.dispatchOnce());
      // Every write to deliveries fails, as with a full disk.
      db.write(c -> c.createStatement().executeUpdate(
          "CREATE TRIGGER refuse BEFORE UPDATE ON deliveries BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
      outlet.finishAll(PromptOutlet.Result.DELIVERED);

      assertThrows(StorageException.class, dispatcher::flushFinished);
      assertThrows(StorageException.class, dispatcher::dispatchOnce, "a round fails at its first write");
      assertEquals(3, dispatcher.unwritten(), "the outcomes are kept");
      assertEquals(3, count(db, "SELECT count(*) FROM deliveries WHERE state = 'claimed'"));

      db.write(c -> c.createStatement().executeUpdate("DROP TRIGGER refuse"));
      dispatcher.flushFinished();
      assertEquals(3, count(db, "SELECT count(*) FROM deliveries WHERE state = 'sent'"), "sent prompts are recorded, not resent later");
    }
  }

  @Test
  void claimsLeftByACrashAreRecoveredEvenWhenTheDatabaseIsLockedAtStartUp() throws Exception {
    Instant due = Instant.parse("2026-03-02T07:00:00Z");
    Path file = dir.resolve("m.db");
    SeededDatabase.create(file, 2, id -> due);
    MutableClock clock = new MutableClock(due.plusSeconds(5));
    try (Database db = Database.open(file)) {
      ReminderStore store = new ReminderStore(db, clock, ZoneId.of("UTC"), List.of("p1"));
      assertEquals(2, new PromptDispatcher(store, new HeldOutlet(), Duration.ofMinutes(60), clock, 10).dispatchOnce());
      // ...and the process dies before any outcome is written.
    }
    try (Database db = Database.open(file); Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      ReminderStore store = new ReminderStore(db, clock, ZoneId.of("UTC"), List.of("p1"));
      BlockingQueue<DuePrompt> resent = new LinkedBlockingQueue<>();
      PromptDispatcher restarted =
          new PromptDispatcher(store, (prompt, whenDone) -> resent.add(prompt), Duration.ofMinutes(60), clock, 10);
      other.createStatement().execute("BEGIN EXCLUSIVE"); // longer than the busy timeout
      restarted.start();
      try {
        assertNull(resent.poll(6, TimeUnit.SECONDS), "nothing can be recovered while the database is locked");
        other.createStatement().execute("ROLLBACK");
        assertNotNull(resent.poll(10, TimeUnit.SECONDS), "recovered once the lock is gone");
        assertNotNull(resent.poll(10, TimeUnit.SECONDS));
      } finally {
        restarted.close();
      }
    }
  }
}
