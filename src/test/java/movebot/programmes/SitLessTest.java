package movebot.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import movebot.reminders.Days;
import movebot.reminders.DuePrompt;
import movebot.reminders.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sit-less breaks: parsing, the nudge times, and two weeks of firing across a daylight-saving change. */
class SitLessTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final long USER = 7;

  @TempDir Path dir;

  private static SitLessPlan plan(String arguments) {
    return assertInstanceOf(SitLessArguments.Ok.class, SitLessArguments.parse(arguments)).plan();
  }

  private static String error(String arguments) {
    return assertInstanceOf(SitLessArguments.Error.class, SitLessArguments.parse(arguments)).message();
  }

  @Test
  void readsHoursIntervalAndDaysAsPeopleTypeThem() {
    assertEquals(new SitLessPlan(LocalTime.of(9, 0), LocalTime.of(17, 0), 45, Days.WEEKDAYS), plan("9-17"));
    assertEquals(new SitLessPlan(LocalTime.of(8, 30), LocalTime.of(16, 30), 30, Days.WEEKDAYS), plan("8:30-16:30 every 30 min"));
    assertEquals(new SitLessPlan(LocalTime.of(8, 0), LocalTime.of(16, 0), 45, Days.WEEKDAYS), plan("8am to 4pm 45"));
    assertEquals(Days.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), plan("9-17 mon-thu").days());
    assertEquals(Days.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), plan("09:00-17:00 every 30 minutes tue, thu").days());
    assertEquals(Days.DAILY, plan("10-18 every day").days());
  }

  @Test
  void badInputGetsAMessageThatSaysWhatIsWrong() {
    assertTrue(error("").contains("work hours"));
    assertTrue(error("whenever").contains("work hours"));
    assertTrue(error("9-17 every 20 min").contains("30 or 45"));
    assertTrue(error("22-6").contains("same day"));
    assertTrue(error("9-9:30").contains("1 and 14 hours"));
    assertTrue(error("25-30").contains("could not read"));
    assertTrue(error("9-17 on fridays maybe").contains("did not understand"));
  }

  @Test
  void nudgesComeEveryIntervalAfterTheStartAndNoneAtTheEnd() {
    List<LocalTime> every45 = plan("9-17").times();
    assertEquals(LocalTime.of(9, 45), every45.get(0));
    assertEquals(LocalTime.of(16, 30), every45.get(every45.size() - 1));
    assertEquals(10, every45.size());
    List<LocalTime> every30 = plan("9-17 every 30").times();
    assertEquals(15, every30.size());
    assertTrue(every30.stream().allMatch(t -> t.isAfter(LocalTime.of(9, 0)) && t.isBefore(LocalTime.of(17, 0))));
    assertThrows(IllegalArgumentException.class, () -> new SitLessPlan(LocalTime.of(9, 0), LocalTime.of(17, 0), 20, Days.WEEKDAYS));
  }

  @Test
  void twoWeeksAcrossTheClockChangeNudgeOnlyWithinWorkHoursOnWorkDays() {
    // Berlin springs forward on Sunday 29 March 2026; start on Monday 23 March.
    try (ProgrammeFixture fx = new ProgrammeFixture(dir, Instant.parse("2026-03-23T05:00:00Z"), BERLIN, USER)) {
      SitLessStore store = new SitLessStore(fx.db, fx.reminders);
      SitLessPlan plan = plan("9-17 mon-thu");
      store.set(USER, USER, plan);
      List<DuePrompt> fired = fx.runUntil(Instant.parse("2026-04-06T05:00:00Z"), due -> {});
      Map<LocalDate, List<LocalTime>> byDay = fired.stream().collect(Collectors.groupingBy(
          d -> d.fireAt().atZone(BERLIN).toLocalDate(), TreeMap::new,
          Collectors.mapping(d -> d.fireAt().atZone(BERLIN).toLocalTime(), Collectors.toList())));
      assertEquals(List.of(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 25),
          LocalDate.of(2026, 3, 26), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1),
          LocalDate.of(2026, 4, 2)), List.copyOf(byDay.keySet()), "Monday to Thursday only, both weeks");
      byDay.values().forEach(times -> assertEquals(plan.times(), times.stream().sorted().toList(),
          "the same local times before and after the change"));
      assertTrue(fired.stream().allMatch(d -> d.kind() == Kind.SITLESS));
    }
  }

  @Test
  void silentWhilePausedAndStoppedWithOneCall() {
    try (ProgrammeFixture fx = new ProgrammeFixture(dir, Instant.parse("2026-11-02T12:00:00Z"), NEW_YORK, USER)) {
      SitLessStore store = new SitLessStore(fx.db, fx.reminders);
      store.set(USER, USER, plan("9-17"));
      fx.reminders.pause(USER, Instant.parse("2026-11-04T05:00:00Z")); // Monday noon to Wednesday 00:00 New York
      List<DuePrompt> paused = fx.runUntil(Instant.parse("2026-11-04T04:59:00Z"), due -> {});
      assertEquals(List.of(), paused);
      List<DuePrompt> wednesday = fx.runUntil(Instant.parse("2026-11-05T04:00:00Z"), due -> {});
      assertEquals(10, wednesday.size(), "Wednesday's ten nudges");
      ZonedDateTime first = wednesday.get(0).fireAt().atZone(NEW_YORK);
      assertEquals(LocalTime.of(9, 45), first.toLocalTime());
      assertTrue(store.stop(USER));
      assertEquals(List.of(), fx.runUntil(Instant.parse("2026-11-12T04:00:00Z"), due -> {}));
      assertTrue(store.plan(USER).isEmpty());
    }
  }

  @Test
  void changingTheHoursReplacesTheNudges() {
    try (ProgrammeFixture fx = new ProgrammeFixture(dir, Instant.parse("2026-11-02T12:00:00Z"), NEW_YORK, USER)) {
      SitLessStore store = new SitLessStore(fx.db, fx.reminders);
      store.set(USER, USER, plan("9-17"));
      store.set(USER, USER, plan("8-12 every 30"));
      assertEquals(plan("8-12 every 30").times(),
          fx.reminders.programme(USER, Kind.SITLESS).stream().map(s -> s.time()).toList());
      assertEquals(plan("8-12 every 30"), store.plan(USER).orElseThrow());
    }
  }
}
