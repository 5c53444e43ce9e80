package movebot.programmes;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import movebot.reminders.Days;
import movebot.reminders.Kind;
import movebot.reminders.ReminderStore;
import movebot.reminders.Subscription;
import movebot.storage.Database;
import movebot.storage.Statements;

/**
 * Movement drills in SQLite: the daily drill time (a subscription of kind drill) and the
 * version of each drill a person is on. Everyone starts on the easier version, as the
 * movement-retraining article advises; "too easy" and "too hard" move one version at a time.
 */
public final class DrillStore {
  public static final int EASIER = 0;
  public static final int STANDARD = 1;
  public static final int HARDER = 2;

  private final Database db;
  private final ReminderStore reminders;

  public DrillStore(Database db, ReminderStore reminders) {
    this.db = db;
    this.reminders = reminders;
  }

  public void start(long userId, long chatId, LocalTime time) {
    reminders.setProgramme(userId, chatId, Kind.DRILL, List.of(time), Days.DAILY);
  }

  public boolean stop(long userId) {
    boolean had = time(userId).isPresent();
    reminders.setProgramme(userId, 0, Kind.DRILL, List.of(), Days.DAILY);
    return had;
  }

  public Optional<LocalTime> time(long userId) {
    return reminders.programme(userId, Kind.DRILL).stream().map(Subscription::time).findFirst();
  }

  public int level(long userId, String drillId) {
    return db.read(c -> Statements.intValue(c, "SELECT level FROM drill_levels WHERE user_id = ? AND drill_id = ?", userId, drillId));
  }

  /**
   * Moves one version up (+1) or down (-1), staying within easier..harder.
   *
   * @return the version now
   */
  public int move(long userId, String drillId, int step) {
    return db.write(c -> {
      int now = Statements.intValue(c, "SELECT level FROM drill_levels WHERE user_id = ? AND drill_id = ?", userId, drillId);
      int next = Math.max(EASIER, Math.min(HARDER, now + Integer.signum(step)));
      Statements.update(c, "INSERT INTO drill_levels (user_id, drill_id, level) VALUES (?, ?, ?)"
          + " ON CONFLICT (user_id, drill_id) DO UPDATE SET level = excluded.level", userId, drillId, next);
      return next;
    });
  }
}
