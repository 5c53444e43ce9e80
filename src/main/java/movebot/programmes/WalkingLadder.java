package movebot.programmes;

import java.time.DayOfWeek;
import java.util.List;
import movebot.reminders.Days;

/**
 * The walking plan's progression, after the Lancet trial's individualised, progressive walking
 * programme: start where the person is (as little as 10 minutes, 3 days a week), build up
 * gradually to 30 minutes on 5 days, which is the 150 minutes a week the articles recommend.
 *
 * <p>One rung per week at most: a week with every planned walk done moves up; one missed walk
 * holds; two or more missed steps back. A walk that hurt eases the plan by a rung at once
 * (see {@link WalkingStore#reportPain}) and then holds it for the rest of that week. Pure, so a
 * whole plan can be walked through in a test.
 */
public final class WalkingLadder {
  /** One week's target. */
  public record Rung(int minutes, Days days) {
    public int weeklyMinutes() {
      return minutes * days.count();
    }
  }

  private static final Days THREE = Days.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
  private static final Days FOUR = Days.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY);
  private static final Days FIVE =
      Days.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY);

  static final List<Rung> RUNGS =
      List.of(
          new Rung(10, THREE),
          new Rung(15, THREE),
          new Rung(20, THREE),
          new Rung(20, FOUR),
          new Rung(25, FOUR),
          new Rung(25, FIVE),
          new Rung(30, FIVE));

  /** The shortest and longest comfortable walk a plan can start from, in minutes. */
  public static final int MIN_START = 5;
  public static final int MAX_START = 120;

  private WalkingLadder() {}

  public static Rung rung(int step) {
    return RUNGS.get(Math.max(0, Math.min(step, top())));
  }

  public static int top() {
    return RUNGS.size() - 1;
  }

  /**
   * Where a plan starts for someone who can walk {@code comfortableMinutes} now: at most that
   * long, and always on three days a week at first.
   */
  public static int startingStep(int comfortableMinutes) {
    int step = 0;
    for (int i = 0; i < RUNGS.size(); i++) {
      Rung rung = RUNGS.get(i);
      if (rung.days().count() == 3 && rung.minutes() <= comfortableMinutes) {
        step = i;
      }
    }
    return step;
  }

  /** What a finished week brought. */
  public record Week(int walksPlanned, int walksDone, boolean hurt) {}

  /** The step for the next week. */
  public static int next(int step, Week week) {
    if (week.walksPlanned() == 0) {
      return step; // a plan started on the week's last days: nothing to judge yet
    }
    int missed = Math.max(0, week.walksPlanned() - week.walksDone());
    if (missed >= 2) {
      return Math.max(0, step - 1);
    }
    if (missed == 1 || week.hurt()) {
      return step;
    }
    return Math.min(top(), step + 1);
  }
}
