package movebot.reminders;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which local days something fires on, judged by the date in the user's own zone: every day,
 * Monday to Friday, or any chosen set (a walking plan's three days, someone's work days).
 *
 * <p>Stored as text: {@code DAILY}, {@code WEEKDAYS} or day names such as {@code MON,WED,FRI}.
 */
public final class Days {
  public static final Days DAILY = new Days(EnumSet.allOf(DayOfWeek.class));
  /** Monday to Friday. */
  public static final Days WEEKDAYS = new Days(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

  private final Set<DayOfWeek> days;

  private Days(Set<DayOfWeek> days) {
    this.days = days;
  }

  /** The given days; at least one. Every day and Monday to Friday come back as the constants. */
  public static Days of(Set<DayOfWeek> chosen) {
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("no days");
    }
    EnumSet<DayOfWeek> set = EnumSet.copyOf(chosen);
    if (set.equals(DAILY.days)) {
      return DAILY;
    }
    return set.equals(WEEKDAYS.days) ? WEEKDAYS : new Days(set);
  }

  public static Days of(DayOfWeek first, DayOfWeek... rest) {
    return of(EnumSet.of(first, rest));
  }

  /** Reads the stored form; throws IllegalArgumentException on anything else. */
  public static Days parse(String text) {
    if (text.equals("DAILY")) {
      return DAILY;
    }
    if (text.equals("WEEKDAYS")) {
      return WEEKDAYS;
    }
    EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
    for (String name : text.split(",")) {
      set.add(java.util.Arrays.stream(DayOfWeek.values())
          .filter(d -> short3(d).equals(name))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("not a day: " + name)));
    }
    return of(set);
  }

  /** The stored form. */
  public String text() {
    if (this.equals(DAILY)) {
      return "DAILY";
    }
    if (this.equals(WEEKDAYS)) {
      return "WEEKDAYS";
    }
    return days.stream().map(Days::short3).collect(Collectors.joining(","));
  }

  /** For people: "every day", "on weekdays", "on Mon, Wed, Fri". */
  public String describe() {
    if (this.equals(DAILY)) {
      return "every day";
    }
    if (this.equals(WEEKDAYS)) {
      return "on weekdays";
    }
    return "on " + days.stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(", "));
  }

  public int count() {
    return days.size();
  }

  public boolean includes(DayOfWeek day) {
    return days.contains(day);
  }

  private static String short3(DayOfWeek day) {
    return day.name().substring(0, 3);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Days that && days.equals(that.days);
  }

  @Override
  public int hashCode() {
    return Objects.hash(days);
  }

  @Override
  public String toString() {
    return text();
  }
}
