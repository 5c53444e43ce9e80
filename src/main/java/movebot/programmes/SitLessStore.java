package movebot.programmes;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalTime;
import java.util.Optional;
import movebot.reminders.Days;
import movebot.reminders.Kind;
import movebot.reminders.ReminderStore;
import movebot.storage.Database;
import movebot.storage.Statements;

/**
 * Sit-less plans in SQLite. Each nudge time is a subscription of kind sitless on the work days,
 * so the scheduler fires them in the person's zone, across daylight-saving changes and pauses,
 * like any prompt; the plan row remembers the hours to show them back.
 */
public final class SitLessStore {
  private final Database db;
  private final ReminderStore reminders;

  public SitLessStore(Database db, ReminderStore reminders) {
    this.db = db;
    this.reminders = reminders;
  }

  public void set(long userId, long chatId, SitLessPlan plan) {
    db.write(c -> {
      Statements.update(c,
          "INSERT INTO sitless_plans (user_id, start_time, end_time, interval_minutes, days) VALUES (?, ?, ?, ?, ?)"
              + " ON CONFLICT (user_id) DO UPDATE SET start_time = excluded.start_time, end_time = excluded.end_time,"
              + " interval_minutes = excluded.interval_minutes, days = excluded.days",
          userId, plan.start().toString(), plan.end().toString(), plan.intervalMinutes(), plan.days().text());
      reminders.setProgramme(c, userId, chatId, Kind.SITLESS, plan.times(), plan.days());
      return null;
    });
  }

  public Optional<SitLessPlan> plan(long userId) {
    return db.read(c -> {
      try (PreparedStatement st = Statements.prepare(c,
          "SELECT start_time, end_time, interval_minutes, days FROM sitless_plans WHERE user_id = ?", userId);
          ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new SitLessPlan(LocalTime.parse(rs.getString(1)), LocalTime.parse(rs.getString(2)),
            rs.getInt(3), Days.parse(rs.getString(4))));
      }
    });
  }

  public boolean stop(long userId) {
    return db.write(c -> {
      reminders.setProgramme(c, userId, 0, Kind.SITLESS, java.util.List.of(), Days.DAILY);
      return Statements.update(c, "DELETE FROM sitless_plans WHERE user_id = ?", userId) > 0;
    });
  }
}
