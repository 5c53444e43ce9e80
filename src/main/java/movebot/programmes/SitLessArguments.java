package movebot.programmes;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import movebot.reminders.Days;
import movebot.reminders.Schedule;

/**
 * Reads the words after {@code /sitless}: work hours, how often, and work days, in any order:
 * {@code 9-17}, {@code 9:00-17:30 every 30 min}, {@code 8am to 4pm 45 mon-thu},
 * {@code 09:00-17:00 weekdays}. Unset parts default to every 45 minutes on weekdays.
 */
public final class SitLessArguments {
  /** Either a plan or a plain-English message saying what was wrong (not HTML-escaped). */
  public sealed interface Parsed {}

  public record Ok(SitLessPlan plan) implements Parsed {}

  public record Error(String message) implements Parsed {}

  /** A time as typed: digits with ':', '.' or 'h', and maybe am/pm ("9", "8:30", "4pm", "16h"). */
  private static final String TIME = "(\\d[\\d:.h]*(?:\\s?[ap]\\.?m\\.?)?)";
  private static final Pattern HOURS = Pattern.compile(TIME + "\\s*(?:-|–|to|until|till)\\s*" + TIME);
  private static final Pattern INTERVAL = Pattern.compile("(?:every\\s+)?\\b(\\d{2})\\s*(?:minutes|minute|mins|min|m)?\\b");
  private static final Pattern DAY_RANGE = Pattern.compile("([a-z]{3})[a-z]*\\s*-\\s*([a-z]{3})[a-z]*");
  private static final String EXAMPLE = "For example: /sitless 9-17, /sitless 8:30-16:30 every 30 min, /sitless 9-17 mon-thu.";

  private SitLessArguments() {}

  public static Parsed parse(String arguments) {
    String text = arguments.strip().toLowerCase(Locale.ROOT);
    Matcher hours = HOURS.matcher(text);
    if (!hours.find()) {
      return new Error("Tell me your work hours, start and end. " + EXAMPLE);
    }
    Optional<LocalTime> start = Schedule.parseTime(hours.group(1).replace(" ", ""));
    Optional<LocalTime> end = Schedule.parseTime(hours.group(2).replace(" ", ""));
    if (start.isEmpty() || end.isEmpty()) {
      return new Error("I could not read '" + hours.group().strip() + "' as work hours. " + EXAMPLE);
    }
    String rest = (text.substring(0, hours.start()) + " " + text.substring(hours.end())).strip();

    int interval = 45;
    Matcher every = INTERVAL.matcher(rest);
    if (every.find()) {
      interval = Integer.parseInt(every.group(1));
      if (!SitLessPlan.INTERVALS.contains(interval)) {
        return new Error("Breaks come every 30 or 45 minutes; " + interval + " is not one of them.");
      }
      rest = (rest.substring(0, every.start()) + " " + rest.substring(every.end())).strip();
    }

    Days days = Days.WEEKDAYS;
    if (!rest.isBlank()) {
      Optional<Days> chosen = days(rest);
      if (chosen.isEmpty()) {
        String echo = rest.length() > 20 ? rest.substring(0, 20) + "…" : rest;
        return new Error("I did not understand '" + echo + "'. " + EXAMPLE);
      }
      days = chosen.get();
    }
    if (!end.get().isAfter(start.get())) {
      return new Error("Work hours must start and end on the same day, the end after the start. " + EXAMPLE);
    }
    try {
      return new Ok(new SitLessPlan(start.get(), end.get(), interval, days));
    } catch (IllegalArgumentException e) {
      return new Error("Work hours must last between 1 and 14 hours. " + EXAMPLE);
    }
  }

  /** weekdays, every day, mon-thu, mon,tue,thu, monday tuesday. */
  static Optional<Days> days(String text) {
    String t = text.replace("every day", "daily").replace("work days", "weekdays").strip();
    if (List.of("weekdays", "workdays", "mon-fri").contains(t)) {
      return Optional.of(Days.WEEKDAYS);
    }
    if (List.of("daily", "everyday", "all week").contains(t)) {
      return Optional.of(Days.DAILY);
    }
    Matcher range = DAY_RANGE.matcher(t);
    if (range.matches()) {
      Optional<DayOfWeek> from = day(range.group(1));
      Optional<DayOfWeek> to = day(range.group(2));
      if (from.isEmpty() || to.isEmpty()) {
        return Optional.empty();
      }
      EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
      for (DayOfWeek d = from.get(); ; d = d.plus(1)) {
        set.add(d);
        if (d == to.get()) {
          break;
        }
      }
      return Optional.of(Days.of(set));
    }
    EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
    for (String word : t.split("[\\s,]+(?:and\\s+)?")) {
      Optional<DayOfWeek> d = word.length() >= 3 ? day(word.substring(0, 3)) : Optional.empty();
      if (d.isEmpty()) {
        return Optional.empty();
      }
      set.add(d.get());
    }
    return set.isEmpty() ? Optional.empty() : Optional.of(Days.of(set));
  }

  private static Optional<DayOfWeek> day(String three) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().substring(0, 3).equalsIgnoreCase(three)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
