package movebot.reminders;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the words after {@code /subscribe}: one or more times and at most one choice of days,
 * in any order, e.g. {@code 07:30}, {@code 7:30am 18:00}, {@code 08:00 weekdays},
 * {@code 7am 12:30pm 6pm every day}. Commas and "and" between times are fine.
 */
public final class SubscribeArguments {
  /** More prompts than this a day stops being a nudge and starts being noise. */
  public static final int MAX_TIMES = 6;

  /** How much of a bad word an error message repeats back. */
  private static final int MAX_ECHO = 20;

  private static final Set<String> WEEKDAY_WORDS = Set.of("weekdays", "weekday", "workdays", "workday", "mon-fri", "monday-friday");
  private static final Set<String> DAILY_WORDS = Set.of("daily", "everyday");
  private static final Set<String> FILLER_WORDS = Set.of("and", "at", "&");
  private static final Pattern MERIDIEM = Pattern.compile("[ap]\\.?m\\.?");

  /** The outcome: either times and days, or a message to show the person as it is. */
  public sealed interface Parsed permits Ok, Error {}

  /** Distinct times in time order, and the days they apply to. */
  public record Ok(List<LocalTime> times, Days days) implements Parsed {
    public Ok {
      times = List.copyOf(times);
      Objects.requireNonNull(days, "days");
      if (times.isEmpty() || times.size() > MAX_TIMES) {
        throw new IllegalArgumentException("need 1 to " + MAX_TIMES + " times, got " + times.size());
      }
      if (new TreeSet<>(times).size() != times.size()) {
        throw new IllegalArgumentException("repeated time in " + times);
      }
      // The same whole-minute rule as the stored value, checked here so a bad Ok cannot exist.
      times.forEach(time -> new ReminderTime(time, days));
    }
  }

  /** A plain-English message naming what was wrong; not HTML-escaped. */
  public record Error(String message) implements Parsed {
    public Error {
      if (message == null || message.isBlank()) {
        throw new IllegalArgumentException("an error needs a message");
      }
    }
  }

  private SubscribeArguments() {}

  public static Parsed parse(String args) {
    List<String> words = args == null || args.isBlank() ? List.of() : List.of(args.strip().split("[\\s,;]+"));
    TreeSet<LocalTime> times = new TreeSet<>();
    Days days = null;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String lower = word.toLowerCase(Locale.ROOT);
      String following = i + 1 < words.size() ? words.get(i + 1).toLowerCase(Locale.ROOT) : "";
      Days chosen = null;
      if (FILLER_WORDS.contains(lower)) {
        continue;
      } else if (WEEKDAY_WORDS.contains(lower)) {
        chosen = Days.WEEKDAYS;
      } else if (DAILY_WORDS.contains(lower)) {
        chosen = Days.DAILY;
      } else if (lower.equals("every") && following.equals("day")) {
        chosen = Days.DAILY;
        i++;
      } else if (lower.equals("every") && WEEKDAY_WORDS.contains(following)) {
        chosen = Days.WEEKDAYS;
        i++;
      }
      if (chosen != null) {
        if (days != null && days != chosen) {
          return new Error("Choose either weekdays or every day, not both.");
        }
        days = chosen;
        continue;
      }
      // "7:30 pm" arrives as two words.
      if (MERIDIEM.matcher(following).matches()) {
        word = word + " " + words.get(++i);
      }
      Optional<LocalTime> time = TimeParser.parse(word);
      if (time.isEmpty()) {
        return new Error("'" + shortened(word) + "' is not a time. Use 24-hour 07:30 or 7:30am.");
      }
      times.add(time.get());
    }
    if (times.isEmpty()) {
      return new Error("Give at least one time, like /subscribe 07:30 or /subscribe 7:30am 6pm.");
    }
    if (times.size() > MAX_TIMES) {
      return new Error("You can have up to " + MAX_TIMES + " prompt times a day; you gave " + times.size() + ".");
    }
    return new Ok(List.copyOf(times), days == null ? Days.DAILY : days);
  }

  private static String shortened(String word) {
    if (word.codePointCount(0, word.length()) <= MAX_ECHO) {
      return word;
    }
    return word.substring(0, word.offsetByCodePoints(0, MAX_ECHO)) + "…";
  }
}
