package movebot.programmes;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import movebot.reminders.Days;

/**
 * Sit-less breaks, after the BMJ Open study in which sitting about 40 minutes a day less kept
 * back pain from getting worse: a nudge to stand or walk for 2 minutes every 30 or 45 minutes,
 * only within work hours on work days.
 *
 * @param start when work starts; the first nudge comes one interval later
 * @param end when work ends; no nudge at or after it
 */
public record SitLessPlan(LocalTime start, LocalTime end, int intervalMinutes, Days days) {
  public static final List<Integer> INTERVALS = List.of(30, 45);
  static final Duration SHORTEST_DAY = Duration.ofHours(1);
  static final Duration LONGEST_DAY = Duration.ofHours(14);

  public SitLessPlan {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(days, "days");
    if (!INTERVALS.contains(intervalMinutes)) {
      throw new IllegalArgumentException("interval must be 30 or 45 minutes, not " + intervalMinutes);
    }
    Duration length = Duration.between(start, end);
    if (length.compareTo(SHORTEST_DAY) < 0 || length.compareTo(LONGEST_DAY) > 0) {
      throw new IllegalArgumentException("work hours must last 1 to 14 hours within one day: " + start + "-" + end);
    }
  }

  /** The local times of the nudges: every interval after the start, before the end. */
  public List<LocalTime> times() {
    List<LocalTime> times = new ArrayList<>();
    for (LocalTime t = start.plusMinutes(intervalMinutes); t.isBefore(end) && t.isAfter(start); t = t.plusMinutes(intervalMinutes)) {
      times.add(t);
    }
    return times;
  }
}
