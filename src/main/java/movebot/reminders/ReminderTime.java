package movebot.reminders;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A wall-clock time a person picked, and the days it applies to. Whole minutes only: people
 * pick minutes, and a stray second would make the stored value differ from what they see.
 */
public record ReminderTime(LocalTime time, Days days) {
  public ReminderTime {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(days, "days");
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw new IllegalArgumentException("reminder time must be whole minutes, got " + time);
    }
  }
}
