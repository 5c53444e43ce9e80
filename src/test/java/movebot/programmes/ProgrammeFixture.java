package movebot.programmes;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import movebot.reminders.DuePrompt;
import movebot.reminders.PromptOutlet;
import movebot.reminders.ReminderStore;
import movebot.storage.Database;
import movebot.testing.MutableClock;

/**
 * A real SQLite file, the real reminder store and an injected clock, and a way to run the
 * scheduler forward: jump from one due time to the next, claim and mark sent, exactly as the
 * dispatcher does, without waiting for real time.
 */
final class ProgrammeFixture implements AutoCloseable {
  static final Duration GRACE = Duration.ofMinutes(60);
  final Database db;
  final MutableClock clock;
  final ReminderStore reminders;

  ProgrammeFixture(Path dir, Instant start, ZoneId zone, long... users) {
    db = Database.open(dir.resolve("m.db"));
    clock = new MutableClock(start);
    reminders = new ReminderStore(db, clock, ZoneId.of("UTC"), List.of("p1", "p2"));
    for (long user : users) {
      db.write(c -> c.createStatement().executeUpdate(
          "INSERT INTO users (user_id, chat_id, created_at, last_seen_at) VALUES (" + user + ", " + user + ", 0, 0)"));
      reminders.setZone(user, zone);
    }
  }

  /** Fires everything due up to {@code end}, in order, handing each to {@code onFire}; leaves the clock at {@code end}. */
  List<DuePrompt> runUntil(Instant end, Consumer<DuePrompt> onFire) {
    List<DuePrompt> fired = new ArrayList<>();
    while (true) {
      Instant next = reminders.nextDue().orElse(Instant.MAX);
      if (next.isAfter(end)) {
        break;
      }
      if (next.isAfter(clock.instant())) {
        clock.set(next);
      }
      List<DuePrompt> due = reminders.claimDue(1000, GRACE);
      List<ReminderStore.Finished> sent = new ArrayList<>();
      for (DuePrompt prompt : due) {
        fired.add(prompt);
        onFire.accept(prompt);
        sent.add(new ReminderStore.Finished(prompt, PromptOutlet.Result.DELIVERED));
      }
      reminders.finish(sent);
    }
    clock.set(end);
    return fired;
  }

  @Override
  public void close() {
    db.close();
  }
}
