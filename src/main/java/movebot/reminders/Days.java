package movebot.reminders;

import java.time.DayOfWeek;

/** Which local days a reminder fires on, judged by the date in the user's own zone. */
public enum Days {
  DAILY,
  /** Monday to Friday. */
  WEEKDAYS;

  boolean includes(DayOfWeek day) {
    return switch (this) {
      case DAILY -> true;
      case WEEKDAYS -> day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    };
  }
}
