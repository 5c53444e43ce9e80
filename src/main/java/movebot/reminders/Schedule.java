package movebot.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When a reminder fires, worked out from the local time, the days and the person's zone each
 * time, never by adding 24 hours (that drifts by an hour at every daylight-saving change).
 *
 * <p>The rules, for the local date {@code d} and the picked time {@code t}:
 *
 * <ul>
 *   <li>Normal day: the one instant the wall clock in the zone shows {@code d t}.
 *   <li>Spring-forward gap ({@code t} does not exist on {@code d}): once, shifted later by the
 *       length of the gap, which is what {@code ZonedDateTime.of} does (02:30 in a missing hour
 *       fires at 03:30; 00:00 on a date whose clocks jump from 00:00 to 01:00 fires at 01:00).
 *   <li>Fall-back overlap ({@code t} exists twice on {@code d}): once, at the earlier offset,
 *       and never again at the later one.
 *   <li>A fire always lies on the local date it is for, so {@link #localDateOf} gives that date
 *       back. In the rare gap that crosses midnight (America/Nuuk springs forward from Saturday
 *       23:00 to Sunday 00:00), a time inside the gap would be shifted onto the next date, which
 *       already has its own prompt; that date gets no prompt rather than the next one two.
 * </ul>
 */
public final class Schedule {
  /** Long enough for a weekend plus a whole skipped date (Pacific/Apia lost 30 December 2011). */
  private static final int SEARCH_DAYS = 8;

  private Schedule() {}

  /**
   * The first instant strictly after {@code after} at which the wall clock in {@code zone}
   * shows {@code time} on an allowed day, following the class rules for gaps and overlaps.
   */
  static Instant nextFire(LocalTime time, Days days, ZoneId zone, Instant after) {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(after, "after");
    // Start a day early so that no offset change around `after` can hide a fire of the previous
    // date; anything not after `after` is dropped below.
    LocalDate date = LocalDate.ofInstant(after, zone).minusDays(1);
    for (int i = 0; i <= SEARCH_DAYS; i++, date = date.plusDays(1)) {
      if (!days.includes(date.getDayOfWeek())) {
        continue;
      }
      Optional<Instant> fire = fireOn(date, time, zone);
      if (fire.isPresent() && fire.get().isAfter(after)) {
        return fire.get();
      }
    }
    throw new IllegalStateException("no " + time + " in " + zone + " within " + SEARCH_DAYS + " days after " + after);
  }

  /**
   * The person's local date a fire belongs to, the key of "at most one prompt per subscription
   * per local date". A time shifted by a gap keeps its date, because {@link #nextFire} only
   * returns fires that lie on the date they are for.
   */
  static LocalDate localDateOf(Instant fireAt, ZoneId zone) {
    return LocalDate.ofInstant(fireAt, zone);
  }

  /**
   * A time of day as people type it: {@code 07:30}, {@code 7:30}, {@code 7.30}, {@code 0730},
   * {@code 19h}, {@code 19}, {@code 7am}, {@code 7:30 pm}, {@code 12am} (00:00), {@code 12pm}
   * (12:00). Empty for anything else, such as {@code 24:00}, {@code 7:60} or {@code 13pm}.
   */
  public static Optional<LocalTime> parseTime(String text) {
    return TimeParser.parse(text);
  }

  /**
   * A zone as people name it for {@code /timezone}: an IANA id in any letter case
   * ({@code europe/berlin}), a city ending an IANA id ({@code Berlin}, {@code new york},
   * {@code sao paulo}, {@code Kolkata}), or a fixed UTC offset ({@code +05:30}, {@code -3},
   * {@code UTC+2}, {@code GMT-04:00}), which comes back as a {@link java.time.ZoneOffset}.
   */
  public static Optional<ZoneId> parseZone(String text) {
    return ZoneParser.parse(text);
  }

  /** The fire for one local date, or empty when that date cannot have one (see class notes). */
  private static Optional<Instant> fireOn(LocalDate date, LocalTime time, ZoneId zone) {
    // ZonedDateTime.of shifts a time in a gap later by the gap and picks the earlier offset in
    // an overlap: exactly the rules above.
    ZonedDateTime at = ZonedDateTime.of(date, time, zone);
    return at.toLocalDate().equals(date) ? Optional.of(at.toInstant()) : Optional.empty();
  }
}
