package movebot.programmes;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import movebot.storage.Database;
import movebot.storage.Statements;

/** Reads what people did (walks, prompts and drills marked done) into a {@link ProgressReport}. */
public final class ActivityStore {
  public static final int WEEKS = 4;
  /** How far back a streak is counted; a longer one still shows as this many days. */
  static final int STREAK_LIMIT_DAYS = 366;

  private final Database db;

  public ActivityStore(Database db) {
    this.db = db;
  }

  /** The last four weeks up to {@code today} (the current week last), and the current streak. */
  public ProgressReport report(long userId, LocalDate today) {
    LocalDate firstMonday = WalkingStore.monday(today).minusWeeks(WEEKS - 1);
    LocalDate streakFrom = today.minusDays(STREAK_LIMIT_DAYS);
    return db.read(c -> {
      Map<LocalDate, int[]> weeks = new HashMap<>(); // walking minutes, prompts, drills
      Set<LocalDate> activeDays = new HashSet<>();
      try (PreparedStatement st = Statements.prepare(c,
          "SELECT local_date, kind, sum(minutes), count(*) FROM activity"
              + " WHERE user_id = ? AND local_date >= ? AND local_date <= ? AND (kind <> 'walk' OR minutes > 0)"
              + " GROUP BY local_date, kind",
          userId, (streakFrom.isBefore(firstMonday) ? streakFrom : firstMonday).toString(), today.toString());
          ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          LocalDate date = LocalDate.parse(rs.getString(1));
          activeDays.add(date);
          if (date.isBefore(firstMonday)) {
            continue;
          }
          int[] week = weeks.computeIfAbsent(WalkingStore.monday(date), d -> new int[3]);
          switch (rs.getString(2)) {
            case "walk" -> week[0] += rs.getInt(3);
            case "prompt" -> week[1] += rs.getInt(4);
            case "drill" -> week[2] += rs.getInt(4);
            default -> { }
          }
        }
      }
      List<ProgressReport.Week> list = new ArrayList<>();
      for (int i = 0; i < WEEKS; i++) {
        LocalDate monday = firstMonday.plusWeeks(i);
        int[] w = weeks.getOrDefault(monday, new int[3]);
        list.add(new ProgressReport.Week(monday, w[0], w[1], w[2]));
      }
      return new ProgressReport(list, streak(activeDays, today));
    });
  }

  /** Days in a row with something done, ending today, or yesterday if today is still empty. */
  static int streak(Set<LocalDate> activeDays, LocalDate today) {
    LocalDate day = activeDays.contains(today) ? today : today.minusDays(1);
    int streak = 0;
    while (activeDays.contains(day)) {
      streak++;
      day = day.minusDays(1);
    }
    return streak;
  }
}
