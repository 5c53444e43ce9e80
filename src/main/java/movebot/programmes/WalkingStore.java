package movebot.programmes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import movebot.reminders.Kind;
import movebot.reminders.ReminderStore;
import movebot.storage.Database;
import movebot.storage.Statements;

/**
 * Walking plans in SQLite: the current rung and its week, the walks people log, and the plan's
 * prompt times (a subscription of kind walk on the rung's days). Finished weeks are reviewed
 * whenever the plan is read, so a plan left alone for three weeks has stepped back three times
 * by the next time anyone looks, and no background job is needed.
 */
public final class WalkingStore {
  private final Database db;
  private final ReminderStore reminders;
  private final Clock clock;

  public WalkingStore(Database db, ReminderStore reminders, Clock clock) {
    this.db = db;
    this.reminders = reminders;
    this.clock = clock;
  }

  /** A person's plan: the rung this week, since when, and the time of day of its prompt. */
  public record Plan(int step, LocalDate weekStart, LocalTime time, LocalDate started) {
    public WalkingLadder.Rung rung() {
      return WalkingLadder.rung(step);
    }
  }

  /** Starts (or restarts) a plan from how long the person can walk comfortably now. */
  public Plan start(long userId, long chatId, int comfortableMinutes, LocalTime time) {
    LocalDate today = reminders.today(userId);
    Plan plan = new Plan(WalkingLadder.startingStep(comfortableMinutes), monday(today), time, today);
    db.write(c -> {
      try (PreparedStatement st = c.prepareStatement(
          "INSERT INTO walking_plans (user_id, step, week_start, local_time, started_on) VALUES (?, ?, ?, ?, ?)"
              + " ON CONFLICT (user_id) DO UPDATE SET step = excluded.step, week_start = excluded.week_start,"
              + " local_time = excluded.local_time, started_on = excluded.started_on")) {
        st.setLong(1, userId);
        st.setInt(2, plan.step());
        st.setString(3, plan.weekStart().toString());
        st.setString(4, time.toString());
        st.setString(5, today.toString());
        st.executeUpdate();
      }
      reminders.setProgramme(c, userId, chatId, Kind.WALK, List.of(time), plan.rung().days());
      return null;
    });
    return plan;
  }

  /** Stops the plan and its prompts; the walks logged stay for /progress. */
  public boolean stop(long userId) {
    return db.write(c -> {
      reminders.setProgramme(c, userId, 0, Kind.WALK, List.of(), movebot.reminders.Days.DAILY);
      return Statements.update(c, "DELETE FROM walking_plans WHERE user_id = ?", userId) > 0;
    });
  }

  /** The plan as of today, after reviewing every week that has finished since it was last read. */
  public Optional<Plan> plan(long userId, long chatId) {
    LocalDate thisMonday = monday(reminders.today(userId));
    Optional<Plan> stored = db.read(c -> stored(c, userId));
    if (stored.isEmpty() || !stored.get().weekStart().isBefore(thisMonday)) {
      return stored;
    }
    return db.write(c -> {
      Optional<Plan> current = stored(c, userId); // again, inside the write: a press may have raced us
      if (current.isEmpty() || !current.get().weekStart().isBefore(thisMonday)) {
        return current;
      }
      Plan plan = current.get();
      int step = plan.step();
      for (LocalDate week = plan.weekStart(); week.isBefore(thisMonday); week = week.plusWeeks(1)) {
        step = WalkingLadder.next(step, weekOf(c, userId, week, plan.started(), WalkingLadder.rung(step)));
      }
      moveTo(c, userId, chatId, plan, step, thisMonday);
      return Optional.of(new Plan(step, thisMonday, plan.time(), plan.started()));
    });
  }

  /** Records minutes walked on the day of a walk prompt; a second press changes the figure. */
  public void logWalk(long userId, long deliveryId, LocalDate date, int minutes) {
    db.write(c -> Statements.update(c,
        "INSERT INTO activity (user_id, local_date, kind, minutes, delivery_id, created_at) VALUES (?, ?, 'walk', ?, ?, ?)"
            + " ON CONFLICT (delivery_id) DO UPDATE SET minutes = excluded.minutes",
        userId, date.toString(), minutes, deliveryId, clock.instant().getEpochSecond()));
  }

  /** Records minutes walked today without a prompt (/walk log 20). */
  public void logWalkToday(long userId, int minutes) {
    db.write(c -> Statements.update(c,
        "INSERT INTO activity (user_id, local_date, kind, minutes, created_at) VALUES (?, ?, 'walk', ?, ?)",
        userId, reminders.today(userId).toString(), minutes, clock.instant().getEpochSecond()));
  }

  /**
   * A walk hurt: the plan eases by one rung at once, the first time this week (a second report
   * in the same week does not push it further down).
   *
   * @return the plan after the report, or empty if there is none
   */
  public Optional<Plan> reportPain(long userId, long chatId, long deliveryId, LocalDate date) {
    Optional<Plan> reviewed = plan(userId, chatId);
    if (reviewed.isEmpty()) {
      return reviewed;
    }
    return db.write(c -> {
      Plan plan = stored(c, userId).orElseThrow();
      boolean hurtAlready = painBetween(c, userId, plan.weekStart(), plan.weekStart().plusWeeks(1));
      Statements.update(c,
          "INSERT INTO activity (user_id, local_date, kind, pain, delivery_id, created_at) VALUES (?, ?, 'walk', 1, ?, ?)"
              + " ON CONFLICT (delivery_id) DO UPDATE SET pain = 1",
          userId, date.toString(), deliveryId, clock.instant().getEpochSecond());
      if (hurtAlready || plan.step() == 0) {
        return Optional.of(plan);
      }
      int eased = plan.step() - 1;
      moveTo(c, userId, chatId, plan, eased, plan.weekStart());
      return Optional.of(new Plan(eased, plan.weekStart(), plan.time(), plan.started()));
    });
  }

  /** Days with a walk logged this plan week, for "2 of 3 walks this week". */
  public int walksThisWeek(long userId) {
    LocalDate monday = monday(reminders.today(userId));
    return db.read(c -> walkDays(c, userId, monday, monday.plusWeeks(1)));
  }

  static LocalDate monday(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static WalkingLadder.Week weekOf(Connection c, long userId, LocalDate monday, LocalDate started,
      WalkingLadder.Rung rung) throws SQLException {
    int planned = 0;
    for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
      if (!day.isBefore(started) && rung.days().includes(day.getDayOfWeek())) {
        planned++;
      }
    }
    int done = Math.min(planned, walkDays(c, userId, monday, monday.plusWeeks(1)));
    boolean hurt = painBetween(c, userId, monday, monday.plusWeeks(1));
    return new WalkingLadder.Week(planned, done, hurt);
  }

  private static int walkDays(Connection c, long userId, LocalDate from, LocalDate until) throws SQLException {
    return Statements.intValue(c, "SELECT count(DISTINCT local_date) FROM activity"
        + " WHERE user_id = ? AND kind = 'walk' AND minutes > 0 AND local_date >= ? AND local_date < ?",
        userId, from.toString(), until.toString());
  }

  private static boolean painBetween(Connection c, long userId, LocalDate from, LocalDate until) throws SQLException {
    return Statements.intValue(c, "SELECT EXISTS (SELECT 1 FROM activity"
        + " WHERE user_id = ? AND kind = 'walk' AND pain = 1 AND local_date >= ? AND local_date < ?)",
        userId, from.toString(), until.toString()) == 1;
  }

  /** Puts the plan on {@code step}; the prompt's days follow when the rung's days differ. */
  private void moveTo(Connection c, long userId, long chatId, Plan plan, int step, LocalDate weekStart) throws SQLException {
    Statements.update(c, "UPDATE walking_plans SET step = ?, week_start = ? WHERE user_id = ?", step, weekStart.toString(), userId);
    if (!WalkingLadder.rung(step).days().equals(plan.rung().days())) {
      reminders.setProgramme(c, userId, chatId, Kind.WALK, List.of(plan.time()), WalkingLadder.rung(step).days());
    }
  }

  private static Optional<Plan> stored(Connection c, long userId) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "SELECT step, week_start, local_time, started_on FROM walking_plans WHERE user_id = ?")) {
      st.setLong(1, userId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Plan(rs.getInt(1), LocalDate.parse(rs.getString(2)), LocalTime.parse(rs.getString(3)),
            LocalDate.parse(rs.getString(4))));
      }
    }
  }
}
