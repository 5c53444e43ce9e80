package movebot.programmes;

import java.time.DayOfWeek;
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
 * The weekly summary: a subscription of kind summary on the person's chosen day. It comes on by
 * itself (Sunday evening) when someone starts a programme, unless they turned it off once;
 * one tap turns it off for good, /summary turns it back on.
 */
public final class WeeklySummaryStore {
  public static final DayOfWeek DEFAULT_DAY = DayOfWeek.SUNDAY;
  public static final LocalTime TIME = LocalTime.of(18, 0);

  private final Database db;
  private final ReminderStore reminders;

  public WeeklySummaryStore(Database db, ReminderStore reminders) {
    this.db = db;
    this.reminders = reminders;
  }

  /** The day it comes on, or empty when it is off. */
  public Optional<DayOfWeek> day(long userId) {
    return reminders.programme(userId, Kind.SUMMARY).stream()
        .map(Subscription::days)
        .flatMap(days -> java.util.Arrays.stream(DayOfWeek.values()).filter(days::includes).limit(1))
        .findFirst();
  }

  /** Turns it on for a new programme's user, unless they turned it off before. @return true if it was turned on now */
  public boolean onProgrammeStart(long userId, long chatId) {
    return db.write(c -> {
      boolean off = Statements.intValue(c, "SELECT summary_off FROM users WHERE user_id = ?", userId) == 1;
      boolean on = Statements.intValue(c, "SELECT count(*) FROM subscriptions WHERE user_id = ? AND kind = 'summary'", userId) > 0;
      if (off || on) {
        return false;
      }
      reminders.setProgramme(c, userId, chatId, Kind.SUMMARY, List.of(TIME), Days.of(DEFAULT_DAY));
      return true;
    });
  }

  public void turnOn(long userId, long chatId, DayOfWeek day) {
    db.write(c -> {
      Statements.update(c, "UPDATE users SET summary_off = 0 WHERE user_id = ?", userId);
      reminders.setProgramme(c, userId, chatId, Kind.SUMMARY, List.of(TIME), Days.of(day));
      return null;
    });
  }

  public void turnOff(long userId) {
    db.write(c -> {
      Statements.update(c, "UPDATE users SET summary_off = 1 WHERE user_id = ?", userId);
      reminders.setProgramme(c, userId, 0, Kind.SUMMARY, List.of(), Days.DAILY);
      return null;
    });
  }
}
