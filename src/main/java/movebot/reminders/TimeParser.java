package movebot.reminders;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time of day the way people type it in a chat: {@code 07:30}, {@code 7.30},
 * {@code 0730}, {@code 19h}, {@code 19h30}, {@code 19}, {@code 7am}, {@code 7:30 pm},
 * {@code 7:30 p.m.}, {@code noon}, {@code midnight}. Anything else, including hours past 23,
 * minutes past 59 and a 12-hour clock past 12, is not a time.
 */
final class TimeParser {
  /** Longer than any form above; keeps the regexes away from pasted essays. */
  private static final int MAX_LENGTH = 16;

  private static final Pattern TWELVE_HOUR = Pattern.compile("(\\d{1,2})(?:[:.]?(\\d{2}))?([ap])m");
  private static final Pattern TWENTY_FOUR_HOUR = Pattern.compile("(\\d{1,2})[:.h]?(\\d{2})h?");
  private static final Pattern HOUR_ONLY = Pattern.compile("(\\d{1,2})h?");
  /** "7:30 p.m." and "7:30 PM" both become "7:30pm". */
  private static final Pattern MERIDIEM = Pattern.compile("\\s*([ap])\\.?\\s*m\\.?$");

  private TimeParser() {}

  static Optional<LocalTime> parse(String text) {
    if (text == null || text.isBlank() || text.strip().length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String s = MERIDIEM.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceFirst("$1m");
    if (s.equals("noon")) {
      return Optional.of(LocalTime.NOON);
    }
    if (s.equals("midnight")) {
      return Optional.of(LocalTime.MIDNIGHT);
    }
    Matcher m = TWELVE_HOUR.matcher(s);
    if (m.matches()) {
      int hour = Integer.parseInt(m.group(1));
      int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      // 12am is midnight and 12pm is noon: the 12 counts as 0 before adding the half day.
      int base = hour % 12;
      return of(m.group(3).equals("p") ? base + 12 : base, minute);
    }
    m = TWENTY_FOUR_HOUR.matcher(s);
    if (m.matches()) {
      return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = HOUR_ONLY.matcher(s);
    if (m.matches()) {
      return of(Integer.parseInt(m.group(1)), 0);
    }
    return Optional.empty();
  }

  private static Optional<LocalTime> of(int hour, int minute) {
    // 24:00 is not accepted: a reminder "at the end of the day" is 00:00 of the next one.
    if (hour > 23 || minute > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute));
  }
}
