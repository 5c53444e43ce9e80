package movebot.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityStoreTest {
  static final long USER = 7;
  static final long OTHER = 8;

  @TempDir Path dir;

  private static void log(ProgrammeFixture fx, long user, String date, String kind, int minutes) {
    fx.db.write(c -> c.createStatement().executeUpdate(
        "INSERT INTO activity (user_id, local_date, kind, minutes, created_at) VALUES (" + user + ", '" + date + "', '"
            + kind + "', " + minutes + ", 0)"));
  }

  @Test
  void fourMondayWeeksEndingThisWeekWithOnlyThisPersonsActivity() {
    try (ProgrammeFixture fx = new ProgrammeFixture(dir, Instant.parse("2026-03-25T12:00:00Z"), ZoneId.of("UTC"), USER, OTHER)) {
      log(fx, USER, "2026-03-01", "walk", 99); // Sunday before the first of the four weeks
      log(fx, USER, "2026-03-02", "walk", 20);
      log(fx, USER, "2026-03-08", "walk", 25);
      log(fx, USER, "2026-03-10", "prompt", 0);
      log(fx, USER, "2026-03-24", "drill", 0);
      log(fx, USER, "2026-03-25", "walk", 30);
      log(fx, OTHER, "2026-03-25", "walk", 500);
      ProgressReport report = new ActivityStore(fx.db).report(USER, LocalDate.of(2026, 3, 25));
      assertEquals(List.of(
          new ProgressReport.Week(LocalDate.of(2026, 3, 2), 45, 0, 0),
          new ProgressReport.Week(LocalDate.of(2026, 3, 9), 0, 1, 0),
          new ProgressReport.Week(LocalDate.of(2026, 3, 16), 0, 0, 0),
          new ProgressReport.Week(LocalDate.of(2026, 3, 23), 30, 0, 1)), report.weeks());
      assertEquals(2, report.streakDays(), "24 and 25 March");
    }
  }

  @Test
  void aStreakCountsUpToYesterdayUntilTodayHasSomething() {
    LocalDate today = LocalDate.of(2026, 3, 25);
    assertEquals(3, ActivityStore.streak(Set.of(today.minusDays(1), today.minusDays(2), today.minusDays(3)), today));
    assertEquals(0, ActivityStore.streak(Set.of(today.minusDays(2)), today));
    assertEquals(1, ActivityStore.streak(Set.of(today, today.minusDays(2)), today));
  }

  @Test
  void aPainReportWithoutMinutesIsNotAWalk() {
    try (ProgrammeFixture fx = new ProgrammeFixture(dir, Instant.parse("2026-03-25T12:00:00Z"), ZoneId.of("UTC"), USER)) {
      log(fx, USER, "2026-03-25", "walk", 0);
      assertEquals(0, new ActivityStore(fx.db).report(USER, LocalDate.of(2026, 3, 25)).streakDays());
    }
  }
}
