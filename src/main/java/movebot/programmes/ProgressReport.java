package movebot.programmes;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a person did in the last weeks, oldest week first: the figures behind /progress, the
 * weekly summary and the chart.
 *
 * @param weeks usually four, oldest first
 * @param streakDays consecutive days up to today (or yesterday) with something done
 */
public record ProgressReport(List<Week> weeks, int streakDays) {
  /** The weekly walking goal the articles give: 150 minutes. */
  public static final int WEEKLY_WALKING_GOAL_MINUTES = 150;

  public ProgressReport {
    weeks = List.copyOf(weeks);
    if (streakDays < 0) {
      throw new IllegalArgumentException("streakDays < 0");
    }
  }

  /**
   * One week of activity.
   *
   * @param start the week's first local date (a Monday)
   * @param walkingMinutes minutes walked as logged
   * @param promptsDone daily prompts marked done
   * @param drillsDone movement drills marked done
   */
  public record Week(LocalDate start, int walkingMinutes, int promptsDone, int drillsDone) {
    public Week {
      Objects.requireNonNull(start, "start");
      if (walkingMinutes < 0 || promptsDone < 0 || drillsDone < 0) {
        throw new IllegalArgumentException("negative count");
      }
    }
  }
}
