package movebot.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import movebot.reminders.DuePrompt;
import movebot.reminders.Kind;
import movebot.reminders.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole walking plans run through the real scheduler and store with an injected clock: weeks of
 * walks logged (or not), pain reported, a daylight-saving change on the way (Berlin springs
 * forward on Sunday 29 March 2026).
 */
class WalkingPlanTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final long USER = 7;
  static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T05:00:00Z"); // 06:00 in Berlin

  @TempDir Path dir;
  ProgrammeFixture fx;
  WalkingStore walking;

  @BeforeEach
  void open() {
    fx = new ProgrammeFixture(dir, MONDAY_MORNING, BERLIN, USER);
    walking = new WalkingStore(fx.db, fx.reminders, fx.clock);
  }

  @AfterEach
  void close() {
    fx.close();
  }

  private Instant weeksLater(int weeks) {
    return MONDAY_MORNING.atZone(BERLIN).plusWeeks(weeks).toInstant();
  }

  /** Walks the full target on the day of every prompt. */
  private DuePrompt walkTheTarget(DuePrompt due) {
    int target = walking.plan(USER, USER).orElseThrow().rung().minutes();
    walking.logWalk(USER, due.deliveryId(), fx.reminders.deliveryDate(USER, due.deliveryId()).orElseThrow(), target);
    return due;
  }

  @Test
  void aPlanKeptEveryWeekBuildsUpTo30MinutesOnFiveDaysIn6Weeks() {
    walking.start(USER, USER, 10, LocalTime.of(18, 0));
    List<Integer> minutesPerWeek = new ArrayList<>();
    List<Integer> walksPerWeek = new ArrayList<>();
    for (int week = 0; week < 8; week++) {
      minutesPerWeek.add(walking.plan(USER, USER).orElseThrow().rung().minutes());
      List<DuePrompt> fired = fx.runUntil(weeksLater(week + 1), this::walkTheTarget);
      walksPerWeek.add(fired.size());
      for (DuePrompt due : fired) {
        ZonedDateTime local = due.fireAt().atZone(BERLIN);
        assertEquals(LocalTime.of(18, 0), local.toLocalTime(), "18:00 local before and after the clocks change");
        assertEquals(Kind.WALK, due.kind());
      }
    }
    assertEquals(List.of(10, 15, 20, 20, 25, 25, 30, 30), minutesPerWeek);
    assertEquals(List.of(3, 3, 3, 4, 4, 5, 5, 5), walksPerWeek, "3 days at first, then most days");
    assertEquals(150, walking.plan(USER, USER).orElseThrow().rung().weeklyMinutes());
  }

  @Test
  void aWalkThatHurtEasesThePlanAtOnceAndHoldsItThatWeek() {
    walking.start(USER, USER, 20, LocalTime.of(18, 0)); // 20 min × 3
    List<DuePrompt> fired = fx.runUntil(weeksLater(1), this::walkTheTarget);
    assertEquals(3, fired.size());
    assertEquals(20, walking.plan(USER, USER).orElseThrow().rung().minutes());
    assertEquals(4, walking.plan(USER, USER).orElseThrow().rung().days().count(), "a full week moved up a rung");

    // Week 2: the first walk hurts.
    List<DuePrompt> week2 = fx.runUntil(weeksLater(1).plusSeconds(14 * 3600), due -> {});
    assertEquals(1, week2.size(), "Monday's walk");
    DuePrompt monday = week2.get(0);
    LocalDate date = fx.reminders.deliveryDate(USER, monday.deliveryId()).orElseThrow();
    WalkingStore.Plan eased = walking.reportPain(USER, USER, monday.deliveryId(), date).orElseThrow();
    assertEquals(20, eased.rung().minutes());
    assertEquals(3, eased.rung().days().count(), "back to 20 min × 3 at once");
    assertEquals(3, fx.reminders.programme(USER, Kind.WALK).get(0).days().count(), "the prompt's days follow the plan");
    WalkingStore.Plan again = walking.reportPain(USER, USER, monday.deliveryId(), date).orElseThrow();
    assertEquals(eased.step(), again.step(), "a second report the same week does not push it further down");

    fx.runUntil(weeksLater(2), this::walkTheTarget); // the other walks of the week all done
    assertEquals(eased.step(), walking.plan(USER, USER).orElseThrow().step(), "a week that hurt holds");
  }

  @Test
  void missedWalksSlowThePlanDown() {
    walking.start(USER, USER, 30, LocalTime.of(7, 30)); // 20 min × 3
    int start = walking.plan(USER, USER).orElseThrow().step();
    int[] seen = {0};
    fx.runUntil(weeksLater(1), due -> {
      if (seen[0]++ == 0) {
        walkTheTarget(due); // only Monday's walk
      }
    });
    assertEquals(start - 1, walking.plan(USER, USER).orElseThrow().step(), "two of three missed: one rung down");

    seen[0] = 0;
    fx.runUntil(weeksLater(2), due -> {
      if (seen[0]++ < 2) {
        walkTheTarget(due); // two of three
      }
    });
    assertEquals(start - 1, walking.plan(USER, USER).orElseThrow().step(), "one missed: hold");
  }

  @Test
  void aPlanLeftAloneForThreeWeeksHasSteppedBackThreeTimesWhenNextRead() {
    walking.start(USER, USER, 20, LocalTime.of(18, 0));
    fx.runUntil(weeksLater(3), this::walkTheTarget);
    assertEquals(WalkingLadder.startingStep(20) + 3, walking.plan(USER, USER).orElseThrow().step());

    fx.runUntil(weeksLater(6), due -> {}); // three weeks of nothing, and nobody reads the plan
    assertEquals(WalkingLadder.startingStep(20), walking.plan(USER, USER).orElseThrow().step());
  }

  @Test
  void aPlanStartedOnSaturdayWaitsForItsFirstWeekBeforeMovingUp() {
    fx.clock.set(Instant.parse("2026-03-07T09:00:00Z")); // Saturday
    walking.start(USER, USER, 10, LocalTime.of(18, 0));
    fx.runUntil(weeksLater(1), this::walkTheTarget);
    assertEquals(0, walking.plan(USER, USER).orElseThrow().step(), "no walk was due yet: nothing to judge");
  }

  @Test
  void stoppingEndsThePromptsAndKeepsTheLoggedWalks() {
    walking.start(USER, USER, 10, LocalTime.of(18, 0));
    fx.runUntil(weeksLater(1), this::walkTheTarget);
    assertTrue(walking.stop(USER));
    assertTrue(fx.reminders.programme(USER, Kind.WALK).isEmpty());
    assertEquals(List.of(), fx.runUntil(weeksLater(2), due -> {}));
    ProgressReport report = new ActivityStore(fx.db).report(USER, LocalDate.of(2026, 3, 9));
    assertEquals(30, report.weeks().get(2).walkingMinutes(), "3 × 10 minutes in the first week");
  }

  @Test
  void theWalkPromptFollowsAPauseAndAChangeOfZone() {
    walking.start(USER, USER, 10, LocalTime.of(18, 0));
    fx.reminders.setZone(USER, ZoneId.of("America/New_York"));
    Subscription walk = fx.reminders.programme(USER, Kind.WALK).get(0);
    assertEquals(LocalTime.of(18, 0), walk.nextFire().orElseThrow().atZone(ZoneId.of("America/New_York")).toLocalTime());
    assertEquals(DayOfWeek.MONDAY, walk.nextFire().orElseThrow().atZone(ZoneId.of("America/New_York")).getDayOfWeek());
    fx.reminders.pause(USER, weeksLater(1));
    assertEquals(List.of(), fx.runUntil(weeksLater(1).minusSeconds(1), due -> {}), "silent while paused");
  }
}
