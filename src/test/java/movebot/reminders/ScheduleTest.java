package movebot.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
  private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

  private static Instant next(String time, Days days, ZoneId zone, String after) {
    return Schedule.nextFire(LocalTime.parse(time), days, zone, Instant.parse(after));
  }

  private static Instant daily(String time, ZoneId zone, String after) {
    return next(time, Days.DAILY, zone, after);
  }

  // --- ordinary days

  @Test
  void firesLaterTheSameDayWhenTheTimeIsStillToCome() {
    // Berlin is UTC+1 in January.
    assertEquals(Instant.parse("2025-01-15T06:30:00Z"), daily("07:30", BERLIN, "2025-01-15T05:00:00Z"));
  }

  @Test
  void firesTheNextDayWhenTheTimeHasPassed() {
    assertEquals(Instant.parse("2025-01-16T06:30:00Z"), daily("07:30", BERLIN, "2025-01-15T07:00:00Z"));
  }

  @Test
  void isStrictlyAfterEvenWhenAfterIsExactlyAFire() {
    assertEquals(Instant.parse("2025-01-16T06:30:00Z"), daily("07:30", BERLIN, "2025-01-15T06:30:00Z"));
  }

  @Test
  void halfHourOffsetInKolkata() {
    assertEquals(Instant.parse("2025-06-10T02:00:00Z"), daily("07:30", ZoneId.of("Asia/Kolkata"), "2025-06-09T12:00:00Z"));
  }

  @Test
  void quarterHourOffsetInKathmandu() {
    assertEquals(Instant.parse("2025-06-10T01:45:00Z"), daily("07:30", ZoneId.of("Asia/Kathmandu"), "2025-06-09T12:00:00Z"));
  }

  // --- spring forward: the missing hour

  @Test
  void berlinTimeInTheSpringGapFiresShiftedByTheGap() {
    // 2025-03-30: 02:00 CET jumps to 03:00 CEST, so 02:30 fires at 03:30 CEST.
    assertEquals(Instant.parse("2025-03-30T01:30:00Z"), daily("02:30", BERLIN, "2025-03-29T12:00:00Z"));
  }

  @Test
  void berlinTimeInTheSpringGapFiresOnceThenNormallyTheNextDay() {
    assertEquals(Instant.parse("2025-03-31T00:30:00Z"), daily("02:30", BERLIN, "2025-03-30T01:30:00Z"));
  }

  @Test
  void newYorkTimeInTheSpringGapFiresShiftedByTheGap() {
    // 2025-03-09: 02:00 EST jumps to 03:00 EDT, so 02:30 fires at 03:30 EDT.
    assertEquals(Instant.parse("2025-03-09T07:30:00Z"), daily("02:30", NEW_YORK, "2025-03-08T12:00:00Z"));
  }

  @Test
  void newYorkTimeInTheSpringGapFiresOnceThenNormallyTheNextDay() {
    assertEquals(Instant.parse("2025-03-10T06:30:00Z"), daily("02:30", NEW_YORK, "2025-03-09T07:30:00Z"));
  }

  @Test
  void lordHoweThirtyMinuteGapShiftsByThirtyMinutes() {
    // 2025-10-05: 02:00 (+10:30) jumps to 02:30 (+11:00), so 02:15 fires at 02:45 +11:00.
    assertEquals(Instant.parse("2025-10-04T15:45:00Z"), daily("02:15", LORD_HOWE, "2025-10-04T00:00:00Z"));
  }

  @Test
  void timeJustAfterTheGapIsUntouched() {
    assertEquals(Instant.parse("2025-03-30T01:00:00Z"), daily("03:00", BERLIN, "2025-03-29T12:00:00Z"));
  }

  // --- fall back: the repeated hour

  @Test
  void berlinTimeInTheAutumnOverlapFiresAtTheEarlierOffset() {
    // 2025-10-26: 03:00 CEST goes back to 02:00 CET; 02:30 happens at +02:00 and again at +01:00.
    assertEquals(Instant.parse("2025-10-26T00:30:00Z"), daily("02:30", BERLIN, "2025-10-25T12:00:00Z"));
  }

  @Test
  void berlinOverlapDoesNotFireAgainAtTheLaterOffset() {
    assertEquals(Instant.parse("2025-10-27T01:30:00Z"), daily("02:30", BERLIN, "2025-10-26T00:30:00Z"));
  }

  @Test
  void newYorkTimeInTheAutumnOverlapFiresAtTheEarlierOffset() {
    // 2025-11-02: 02:00 EDT goes back to 01:00 EST; 01:30 happens at -04:00 and again at -05:00.
    assertEquals(Instant.parse("2025-11-02T05:30:00Z"), daily("01:30", NEW_YORK, "2025-11-01T12:00:00Z"));
  }

  @Test
  void newYorkOverlapNextFireIsTheNextDayNotAnHourLater() {
    assertEquals(Instant.parse("2025-11-03T06:30:00Z"), daily("01:30", NEW_YORK, "2025-11-02T05:30:00Z"));
  }

  @Test
  void restartingBetweenTheTwoOverlapPassesDoesNotFireAtTheLaterOne() {
    // The clocks have just gone back; the 01:30 EST still to come is the same local date's 01:30.
    assertEquals(Instant.parse("2025-11-03T06:30:00Z"), daily("01:30", NEW_YORK, "2025-11-02T06:00:00Z"));
  }

  @Test
  void lordHoweThirtyMinuteOverlapFiresAtTheEarlierOffset() {
    // 2025-04-06: 02:00 (+11:00) goes back to 01:30 (+10:30); 01:45 happens twice.
    assertEquals(Instant.parse("2025-04-05T14:45:00Z"), daily("01:45", LORD_HOWE, "2025-04-05T00:00:00Z"));
    assertEquals(Instant.parse("2025-04-06T15:15:00Z"), daily("01:45", LORD_HOWE, "2025-04-05T14:45:00Z"));
  }

  // --- clocks that jump at midnight

  @Test
  void midnightOnADateWithoutMidnightFiresAtOneThatDate() {
    // 2025-09-07 in Santiago: 00:00 (-04:00) jumps to 01:00 (-03:00).
    Instant fire = daily("00:00", SANTIAGO, "2025-09-06T12:00:00Z");
    assertEquals(Instant.parse("2025-09-07T04:00:00Z"), fire);
    assertEquals(LocalDate.parse("2025-09-07"), Schedule.localDateOf(fire, SANTIAGO));
  }

  @Test
  void halfPastMidnightOnADateWithoutMidnightFiresAtHalfPastOne() {
    Instant fire = daily("00:30", SANTIAGO, "2025-09-06T12:00:00Z");
    assertEquals(Instant.parse("2025-09-07T04:30:00Z"), fire);
    assertEquals(LocalDate.parse("2025-09-07"), Schedule.localDateOf(fire, SANTIAGO));
  }

  @Test
  void midnightJumpNeitherSkipsNorDoublesADate() {
    List<LocalDate> dates = new ArrayList<>();
    Instant after = Instant.parse("2025-09-05T12:00:00Z");
    for (int i = 0; i < 4; i++) {
      after = daily("00:00", SANTIAGO, after.toString());
      dates.add(Schedule.localDateOf(after, SANTIAGO));
    }
    assertEquals(
        List.of(LocalDate.parse("2025-09-06"), LocalDate.parse("2025-09-07"), LocalDate.parse("2025-09-08"), LocalDate.parse("2025-09-09")),
        dates);
  }

  @Test
  void lateEveningOnADateThatEndsAnHourEarlyIsSkippedNotMovedOntoTheNextDate() {
    // America/Nuuk 2025-03-29: 23:00 (-02:00) jumps to Sunday 00:00 (-01:00). 23:30 never shows
    // on Saturday; shifted it would be Sunday 00:30, and Sunday has its own 23:30.
    ZoneId nuuk = ZoneId.of("America/Nuuk");
    Instant fire = daily("23:30", nuuk, "2025-03-29T12:00:00Z");
    assertEquals(Instant.parse("2025-03-31T00:30:00Z"), fire);
    assertEquals(LocalDate.parse("2025-03-30"), Schedule.localDateOf(fire, nuuk));
  }

  // --- weekdays

  @Test
  void weekdaysSkipTheWeekend() {
    assertEquals(Instant.parse("2025-01-13T17:00:00Z"), next("18:00", Days.WEEKDAYS, BERLIN, "2025-01-10T17:00:00Z"));
  }

  @Test
  void weekdaysSkipAWeekendThatContainsAClockChange() {
    // Friday 2025-03-28 18:00 CET, then Monday 2025-03-31 18:00 CEST.
    assertEquals(Instant.parse("2025-03-31T16:00:00Z"), next("18:00", Days.WEEKDAYS, BERLIN, "2025-03-28T17:00:00Z"));
  }

  @Test
  void weekdaysAreJudgedByTheLocalDateNotTheUtcDate() {
    // Monday 07:30 in Kolkata is still Sunday in UTC.
    assertEquals(
        Instant.parse("2025-01-13T02:00:00Z"),
        next("07:30", Days.WEEKDAYS, ZoneId.of("Asia/Kolkata"), "2025-01-10T12:00:00Z"));
  }

  @Test
  void dailyIncludesTheWeekend() {
    assertEquals(Instant.parse("2025-01-11T17:00:00Z"), next("18:00", Days.DAILY, BERLIN, "2025-01-10T17:00:00Z"));
  }

  // --- whole years

  @Test
  void aYearOfBerlinFiresHasExactlyOnePerLocalDate() {
    List<Instant> fires = fires("02:30", BERLIN, "2024-12-31T23:00:00Z", "2026-01-01T00:00:00+01:00");
    assertEquals(365, fires.size());
    assertStrictlyIncreasing(fires);
    LocalDate expected = LocalDate.parse("2025-01-01");
    for (Instant fire : fires) {
      assertEquals(expected, Schedule.localDateOf(fire, BERLIN));
      expected = expected.plusDays(1);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "Europe/Berlin, 02:30",
    "America/New_York, 01:30",
    "America/New_York, 02:00",
    "Australia/Lord_Howe, 01:45",
    "Australia/Lord_Howe, 02:15",
    "America/Santiago, 00:00",
    "America/Santiago, 23:30",
    "America/Havana, 00:00",
    "America/Havana, 00:30",
    "Asia/Beirut, 00:00",
    "Africa/Cairo, 00:00",
    "Africa/Cairo, 23:30",
    "Asia/Tehran, 23:30",
    "Asia/Kathmandu, 00:15",
  })
  void everyLocalDateOfTheYearGetsExactlyOneFire(String zoneId, String time) {
    ZoneId zone = ZoneId.of(zoneId);
    LocalDate first = LocalDate.parse("2025-01-01");
    Instant start = first.atStartOfDay(zone).toInstant().minusSeconds(1);
    Instant end = first.plusYears(1).atStartOfDay(zone).toInstant();
    List<Instant> fires = fires(time, zone, start.toString(), end.toString());
    assertStrictlyIncreasing(fires);
    Set<LocalDate> dates = new HashSet<>();
    for (Instant fire : fires) {
      assertTrue(dates.add(Schedule.localDateOf(fire, zone)), () -> "two fires on the local date of " + fire);
    }
    assertEquals(365, dates.size(), "local dates with a fire in 2025");
  }

  private static List<Instant> fires(String time, ZoneId zone, String after, String before) {
    List<Instant> fires = new ArrayList<>();
    Instant end = Instant.parse(before);
    Instant fire = daily(time, zone, after);
    while (fire.isBefore(end)) {
      fires.add(fire);
      fire = Schedule.nextFire(LocalTime.parse(time), Days.DAILY, zone, fire);
    }
    return fires;
  }

  private static void assertStrictlyIncreasing(List<Instant> fires) {
    for (int i = 1; i < fires.size(); i++) {
      assertTrue(fires.get(i).isAfter(fires.get(i - 1)), () -> "not increasing: " + fires);
    }
  }

  // --- the stored value

  @Test
  void reminderTimeRejectsSeconds() {
    assertThrows(IllegalArgumentException.class, () -> new ReminderTime(LocalTime.of(7, 30, 15), Days.DAILY));
  }

  @Test
  void reminderTimeAcceptsWholeMinutes() {
    assertEquals(LocalTime.of(7, 30), new ReminderTime(LocalTime.of(7, 30), Days.WEEKDAYS).time());
  }
}
