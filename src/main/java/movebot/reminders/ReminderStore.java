package movebot.reminders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import movebot.storage.Database;
import movebot.storage.Statements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscriptions, claims and prompt rotation in SQLite. Every change to a person's times,
 * zone or pause recomputes {@code next_fire_at} in the same transaction, so the dispatcher
 * only ever asks "what is due" of one partial index.
 */
public final class ReminderStore {
  private static final Logger log = LoggerFactory.getLogger(ReminderStore.class);

  /** What is due now, oldest first; served by the partial index subscriptions_due. */
  static final String DUE_QUERY =
      "SELECT s.id, s.user_id, s.chat_id, s.local_time, s.days, s.next_fire_at, u.time_zone, s.kind"
          + " FROM subscriptions s JOIN users u ON u.user_id = s.user_id"
          + " WHERE s.next_fire_at IS NOT NULL AND s.next_fire_at <= ? ORDER BY s.next_fire_at LIMIT ?";

  /** The columns a {@link Subscription} is read from. */
  private static final String SUBSCRIPTION_COLUMNS =
      "SELECT id, chat_id, local_time, days, next_fire_at FROM subscriptions";

  private final Database db;
  private final Clock clock;
  private final ZoneId defaultZone;
  private final List<String> promptIds;

  public ReminderStore(Database db, Clock clock, ZoneId defaultZone, List<String> promptIds) {
    if (promptIds.isEmpty()) {
      throw new IllegalArgumentException("no prompts to send");
    }
    this.db = db;
    this.clock = clock;
    this.defaultZone = defaultZone;
    this.promptIds = List.copyOf(promptIds);
  }

  /** The outcome of adding prompt times. */
  public sealed interface AddResult {}

  public record Added(List<Subscription> all) implements AddResult {}

  public record TooMany(int existing, int adding) implements AddResult {}

  // ---- what people change -------------------------------------------------------------

  /** Adds times (an existing time takes the new days); refuses the lot if it would pass the limit. */
  public AddResult add(long userId, long chatId, List<LocalTime> times, Days days) {
    return db.write(c -> {
      Set<LocalTime> existing = new HashSet<>();
      for (Subscription s : subscriptions(c, userId)) {
        existing.add(s.time());
      }
      Set<LocalTime> all = new TreeSet<>(existing);
      all.addAll(times);
      if (all.size() > SubscribeArguments.MAX_TIMES) {
        return new TooMany(existing.size(), (int) times.stream().filter(t -> !existing.contains(t)).count());
      }
      long now = clock.instant().getEpochSecond();
      try (PreparedStatement st = c.prepareStatement(
          "INSERT INTO subscriptions (user_id, chat_id, local_time, days, created_at) VALUES (?, ?, ?, ?, ?)"
              + " ON CONFLICT (user_id, kind, local_time) DO UPDATE SET days = excluded.days, chat_id = excluded.chat_id")) {
        for (LocalTime time : times) {
          st.setLong(1, userId);
          st.setLong(2, chatId);
          st.setString(3, time.toString());
          st.setString(4, days.text());
          st.setLong(5, now);
          st.addBatch();
        }
        st.executeBatch();
      }
      recompute(c, userId);
      return new Added(subscriptions(c, userId));
    });
  }

  public List<Subscription> subscriptions(long userId) {
    return db.read(c -> subscriptions(c, userId));
  }

  public boolean remove(long userId, LocalTime time) {
    return db.write(c -> Statements.update(c, "DELETE FROM subscriptions WHERE user_id = ? AND kind = 'prompt' AND local_time = ?", userId, time.toString()) > 0);
  }

  /** Removes one subscription by id, only if it is this person's (ids come from buttons). */
  public boolean remove(long userId, long subscriptionId) {
    return db.write(c -> Statements.update(c, "DELETE FROM subscriptions WHERE user_id = ? AND kind = 'prompt' AND id = ?", userId, subscriptionId) > 0);
  }

  public int removeAll(long userId) {
    return db.write(c -> Statements.update(c, "DELETE FROM subscriptions WHERE user_id = ? AND kind = 'prompt'", userId));
  }

  /** The zone the person chose, if any. */
  public Optional<ZoneId> chosenZone(long userId) {
    return db.read(c -> {
      try (PreparedStatement st = c.prepareStatement("SELECT time_zone FROM users WHERE user_id = ?")) {
        st.setLong(1, userId);
        try (ResultSet rs = st.executeQuery()) {
          return rs.next() && rs.getString(1) != null ? Optional.of(ZoneId.of(rs.getString(1))) : Optional.empty();
        }
      }
    });
  }

  /** The zone prompts follow: the chosen one, else the default setting. */
  public ZoneId zoneOf(long userId) {
    return chosenZone(userId).orElse(defaultZone);
  }

  /** The date on the person's own calendar now. */
  public LocalDate today(long userId) {
    return LocalDate.now(clock.withZone(zoneOf(userId)));
  }

  public void setZone(long userId, ZoneId zone) {
    db.write(c -> {
      Statements.update(c, "UPDATE users SET time_zone = ? WHERE user_id = ?", zone.getId(), userId);
      recompute(c, userId);
      return null;
    });
  }

  public Optional<Instant> pausedUntil(long userId) {
    return db.read(c -> {
      try (PreparedStatement st = c.prepareStatement("SELECT paused_until FROM users WHERE user_id = ?")) {
        st.setLong(1, userId);
        try (ResultSet rs = st.executeQuery()) {
          if (rs.next() && rs.getObject(1) != null && rs.getLong(1) > clock.instant().getEpochSecond()) {
            return Optional.of(Instant.ofEpochSecond(rs.getLong(1)));
          }
          return Optional.empty();
        }
      }
    });
  }

  /** No prompts until {@code until}; every time resumes by itself then. */
  public void pause(long userId, Instant until) {
    db.write(c -> {
      Statements.update(c, "UPDATE users SET paused_until = ? WHERE user_id = ?", until.getEpochSecond(), userId);
      recompute(c, userId);
      return null;
    });
  }

  public void resume(long userId) {
    db.write(c -> {
      Statements.update(c, "UPDATE users SET paused_until = NULL WHERE user_id = ?", userId);
      recompute(c, userId);
      return null;
    });
  }

  /** The chat blocked the bot or no longer exists: stop its prompts, keep the times. */
  public int deactivateChat(long chatId) {
    return db.write(c -> Statements.update(c, "UPDATE subscriptions SET next_fire_at = NULL WHERE chat_id = ?", chatId));
  }

  // ---- what the dispatcher does -----------------------------------------------------------

  /**
   * Claims up to {@code max} due prompts in one transaction: each subscription whose
   * {@code next_fire_at} has passed gets its next fire computed, and a delivery row for its
   * local date if that fire is at most {@code grace} late and the date has none yet. Fires
   * older than the grace window are skipped and logged; a long outage yields one prompt at most.
   */
  public List<DuePrompt> claimDue(int max, Duration grace) {
    Instant now = clock.instant();
    return db.write(c -> {
      record Due(long subscription, long userId, long chatId, LocalTime time, Days days, long storedFire, ZoneId zone,
          Kind kind) {}
      // Read first, then update: the updates move rows along the very index this query scans.
      List<Due> rows = new ArrayList<>();
      try (PreparedStatement due = c.prepareStatement(DUE_QUERY)) {
        due.setLong(1, now.getEpochSecond());
        due.setInt(2, max);
        try (ResultSet rs = due.executeQuery()) {
          while (rs.next()) {
            ZoneId zone = rs.getString(7) == null ? defaultZone : ZoneId.of(rs.getString(7));
            rows.add(new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), LocalTime.parse(rs.getString(4)),
                Days.parse(rs.getString(5)), rs.getLong(6), zone, Kind.ofColumn(rs.getString(8))));
          }
        }
      }
      List<DuePrompt> claimed = new ArrayList<>();
      Instant windowStart = now.minus(grace).minusSeconds(1);
      try (ClaimStatements st = new ClaimStatements(c)) {
        for (Due row : rows) {
          // The latest fire that is still within the grace window, if there is one.
          Instant latest = Schedule.nextFire(row.time(), row.days(), row.zone(), windowStart);
          Instant next = Schedule.nextFire(row.time(), row.days(), row.zone(), latest.isAfter(now) ? windowStart : now);
          st.advance(row.subscription(), next);
          if (latest.isAfter(now)) {
            log.info("Skipped a prompt for subscription {} due at {}: more than {} min late",
                row.subscription(), Instant.ofEpochSecond(row.storedFire()), grace.toMinutes());
            continue;
          }
          String prompt = row.kind() == Kind.PROMPT ? pickPrompt(st.seen(row.userId()), row.userId(), c) : row.kind().promptId();
          LocalDate date = Schedule.localDateOf(latest, row.zone());
          Optional<Long> delivery = st.insertDelivery(row.subscription(), row.userId(), row.chatId(), date, latest, prompt, now);
          if (delivery.isPresent()) { // empty: this local date was claimed already
            if (row.kind() == Kind.PROMPT) {
              st.markSeen(row.userId(), prompt);
            }
            claimed.add(new DuePrompt(delivery.get(), row.userId(), row.chatId(), prompt, latest, false));
          }
        }
      }
      return claimed;
    });
  }

  /** The statements of one claim transaction, prepared once for all its rows. */
  private static final class ClaimStatements implements AutoCloseable {
    private final PreparedStatement advance;
    private final PreparedStatement seen;
    private final PreparedStatement insert;
    private final PreparedStatement markSeen;

    ClaimStatements(Connection c) throws SQLException {
      advance = c.prepareStatement("UPDATE subscriptions SET next_fire_at = ? WHERE id = ?");
      seen = c.prepareStatement("SELECT prompt_id FROM prompts_seen WHERE user_id = ?");
      insert = c.prepareStatement(
          "INSERT INTO deliveries (subscription_id, user_id, chat_id, local_date, fire_at, prompt_id, state, claimed_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, 'claimed', ?) ON CONFLICT (subscription_id, local_date) DO NOTHING"
              + " RETURNING id");
      markSeen = c.prepareStatement("INSERT OR IGNORE INTO prompts_seen (user_id, prompt_id) VALUES (?, ?)");
    }

    void advance(long subscription, Instant next) throws SQLException {
      advance.setLong(1, next.getEpochSecond());
      advance.setLong(2, subscription);
      advance.executeUpdate();
    }

    Set<String> seen(long userId) throws SQLException {
      Set<String> ids = new HashSet<>();
      seen.setLong(1, userId);
      try (ResultSet rs = seen.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      return ids;
    }

    Optional<Long> insertDelivery(long subscription, long userId, long chatId, LocalDate date, Instant fireAt,
        String promptId, Instant now) throws SQLException {
      insert.setLong(1, subscription);
      insert.setLong(2, userId);
      insert.setLong(3, chatId);
      insert.setString(4, date.toString());
      insert.setLong(5, fireAt.getEpochSecond());
      insert.setString(6, promptId);
      insert.setLong(7, now.getEpochSecond());
      try (ResultSet rs = insert.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }

    void markSeen(long userId, String promptId) throws SQLException {
      markSeen.setLong(1, userId);
      markSeen.setString(2, promptId);
      markSeen.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
      advance.close();
      seen.close();
      insert.close();
      markSeen.close();
    }
  }

  /**
   * A prompt this person has not seen in the current round. When every prompt has been seen
   * the round starts again: the record of the old round is cleared.
   */
  private String pickPrompt(Set<String> seen, long userId, Connection c) throws SQLException {
    List<String> fresh = promptIds.stream().filter(id -> !seen.contains(id)).toList();
    if (fresh.isEmpty()) {
      Statements.update(c, "DELETE FROM prompts_seen WHERE user_id = ?", userId);
      fresh = promptIds;
    }
    return fresh.get(ThreadLocalRandom.current().nextInt(fresh.size()));
  }

  /** Claims due snooze repeats, deleting them in the same transaction. */
  public List<DuePrompt> claimDueSnoozes(int max) {
    Instant now = clock.instant();
    return db.write(c -> {
      List<DuePrompt> due = new ArrayList<>();
      try (PreparedStatement st = c.prepareStatement(
          "DELETE FROM snoozes WHERE delivery_id IN (SELECT delivery_id FROM snoozes WHERE due_at <= ? ORDER BY due_at LIMIT ?)"
              + " RETURNING delivery_id, due_at")) {
        st.setLong(1, now.getEpochSecond());
        st.setInt(2, max);
        List<long[]> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
          }
        }
        for (long[] row : rows) {
          delivery(c, row[0]).ifPresent(d ->
              due.add(new DuePrompt(d.deliveryId(), d.userId(), d.chatId(), d.promptId(), Instant.ofEpochSecond(row[1]), true)));
        }
      }
      return due;
    });
  }

  /** Records how claimed sends ended, all in one transaction. */
  public void finish(List<Finished> results) {
    if (results.isEmpty()) {
      return;
    }
    long now = clock.instant().getEpochSecond();
    db.write(c -> {
      try (PreparedStatement finished = c.prepareStatement(
          "UPDATE deliveries SET state = ?, finished_at = ? WHERE id = ?")) {
        for (Finished f : results) {
          DuePrompt prompt = f.prompt();
          switch (f.result()) {
            case DELIVERED, FAILED, CHAT_GONE -> {
              finished.setString(1, f.result() == PromptOutlet.Result.DELIVERED ? "sent" : "failed");
              finished.setLong(2, now);
              finished.setLong(3, prompt.deliveryId());
              finished.addBatch();
              if (f.result() == PromptOutlet.Result.CHAT_GONE) {
                Statements.update(c, "UPDATE subscriptions SET next_fire_at = NULL WHERE chat_id = ?", prompt.chatId());
              }
            }
            case ABANDONED -> {
              if (!prompt.snoozed()) {
                release(c, prompt);
              }
            }
            default -> throw new IllegalStateException(f.result().name());
          }
        }
        finished.executeBatch();
      }
      return null;
    });
  }

  /** How one claimed prompt's send ended. */
  public record Finished(DuePrompt prompt, PromptOutlet.Result result) {}

  /** Gives a claim back: its row goes, and its subscription is due again at the claimed fire. */
  private static void release(Connection c, DuePrompt prompt) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "UPDATE subscriptions SET next_fire_at = min(coalesce(next_fire_at, ?), ?)"
            + " WHERE id = (SELECT subscription_id FROM deliveries WHERE id = ?)")) {
      st.setLong(1, prompt.fireAt().getEpochSecond());
      st.setLong(2, prompt.fireAt().getEpochSecond());
      st.setLong(3, prompt.deliveryId());
      st.executeUpdate();
    }
    Statements.update(c, "DELETE FROM deliveries WHERE id = ?", prompt.deliveryId());
  }

  /**
   * Claims left unfinished by a crash: the bot cannot know whether they went out. Those still
   * within the grace window are sent again (a possible duplicate, limited to the sends that
   * were in flight); older ones are marked failed (a miss).
   */
  public List<DuePrompt> recoverUnfinished(Duration grace) {
    Instant now = clock.instant();
    return db.write(c -> {
      List<DuePrompt> resend = new ArrayList<>();
      List<Long> stale = new ArrayList<>();
      try (PreparedStatement st = c.prepareStatement(
          "SELECT id, user_id, chat_id, prompt_id, fire_at FROM deliveries WHERE state = 'claimed'");
          ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Instant fireAt = Instant.ofEpochSecond(rs.getLong(5));
          if (Duration.between(fireAt, now).compareTo(grace) <= 0) {
            resend.add(new DuePrompt(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), fireAt, false));
          } else {
            stale.add(rs.getLong(1));
          }
        }
      }
      for (long id : stale) {
        Statements.update(c, "UPDATE deliveries SET state = 'failed', finished_at = ? WHERE id = ?", now.getEpochSecond(), id);
      }
      if (!resend.isEmpty() || !stale.isEmpty()) {
        log.warn("Found {} prompts claimed before a crash: sending {} again, {} too late", resend.size() + stale.size(), resend.size(), stale.size());
      }
      return resend;
    });
  }

  /** The earliest time anything becomes due, to know how long the dispatcher may sleep. */
  public Optional<Instant> nextDue() {
    return db.read(c -> {
      try (PreparedStatement st = c.prepareStatement(
          "SELECT min(t) FROM (SELECT min(next_fire_at) AS t FROM subscriptions WHERE next_fire_at IS NOT NULL"
              + " UNION ALL SELECT min(due_at) FROM snoozes)");
          ResultSet rs = st.executeQuery()) {
        return rs.next() && rs.getObject(1) != null ? Optional.of(Instant.ofEpochSecond(rs.getLong(1))) : Optional.empty();
      }
    });
  }

  // ---- what people do with a prompt ---------------------------------------------------------

  /** A delivered prompt, for its buttons. */
  public record Delivery(long deliveryId, long userId, long chatId, String promptId, Optional<String> action) {}

  public Optional<Delivery> delivery(long userId, long deliveryId) {
    return db.read(c -> delivery(c, deliveryId)).filter(d -> d.userId() == userId);
  }

  /** Marks a prompt or drill done, and counts it for /progress (once, however often it is pressed). */
  public boolean markDone(long userId, long deliveryId) {
    return db.write(c -> {
      if (Statements.update(c, "UPDATE deliveries SET action = 'done' WHERE id = ? AND user_id = ?", deliveryId, userId) == 0) {
        return false;
      }
      Statements.update(c, "INSERT INTO activity (user_id, local_date, kind, delivery_id, created_at)"
          + " SELECT user_id, local_date, CASE prompt_id WHEN ? THEN 'drill' ELSE 'prompt' END, id, ?"
          + " FROM deliveries WHERE id = ? ON CONFLICT (delivery_id) DO NOTHING",
          Kind.DRILL.promptId(), clock.instant().getEpochSecond(), deliveryId);
      return true;
    });
  }

  /** The local date a delivery was for, to file what the person reports against it. */
  public Optional<LocalDate> deliveryDate(long userId, long deliveryId) {
    return db.read(c -> {
      try (PreparedStatement st = c.prepareStatement("SELECT local_date FROM deliveries WHERE id = ? AND user_id = ?")) {
        st.setLong(1, deliveryId);
        st.setLong(2, userId);
        try (ResultSet rs = st.executeQuery()) {
          return rs.next() ? Optional.of(LocalDate.parse(rs.getString(1))) : Optional.empty();
        }
      }
    });
  }

  // ---- programmes ---------------------------------------------------------------------------

  /**
   * Replaces the times of one programme with these (none stops it), in the person's zone and
   * pause like every other time.
   */
  public void setProgramme(long userId, long chatId, Kind kind, List<LocalTime> times, Days days) {
    if (kind == Kind.PROMPT) {
      throw new IllegalArgumentException("daily prompts are added with add()");
    }
    db.write(c -> {
      setProgramme(c, userId, chatId, kind, times, days);
      return null;
    });
  }

  /**
   * The same inside a caller's transaction, so a programme's plan and its times change together.
   * Times that stay keep their row (only their days change), so a delivery claimed a moment ago
   * and the buttons under it stay valid.
   */
  public void setProgramme(Connection c, long userId, long chatId, Kind kind, List<LocalTime> times, Days days)
      throws SQLException {
    Set<LocalTime> wanted = new TreeSet<>(times);
    long now = clock.instant().getEpochSecond();
    for (Subscription existing : subscriptions(c, userId, kind)) {
      if (!wanted.remove(existing.time())) {
        Statements.update(c, "DELETE FROM subscriptions WHERE id = ?", existing.id());
      } else if (!existing.days().equals(days)) {
        Statements.update(c, "UPDATE subscriptions SET days = ? WHERE id = ?", days.text(), existing.id());
      }
    }
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO subscriptions (user_id, chat_id, kind, local_time, days, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (LocalTime time : wanted) {
        st.setLong(1, userId);
        st.setLong(2, chatId);
        st.setString(3, kind.column());
        st.setString(4, time.toString());
        st.setString(5, days.text());
        st.setLong(6, now);
        st.addBatch();
      }
      st.executeBatch();
    }
    recompute(c, userId);
  }

  /** The times of one programme, earliest first. */
  public List<Subscription> programme(long userId, Kind kind) {
    return db.read(c -> subscriptions(c, userId, kind));
  }

  /** Sends the prompt again after {@code delay}; once per delivery. */
  public boolean snooze(long userId, long deliveryId, Duration delay) {
    long dueAt = clock.instant().plus(delay).getEpochSecond();
    return db.write(c -> {
      if (Statements.update(c, "UPDATE deliveries SET action = 'snoozed' WHERE id = ? AND user_id = ? AND action IS NULL", deliveryId, userId) == 0) {
        return false;
      }
      Statements.update(c, "INSERT INTO snoozes (delivery_id, user_id, due_at) VALUES (?, ?, ?)", deliveryId, userId, dueAt);
      return true;
    });
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static Optional<Delivery> delivery(Connection c, long deliveryId) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "SELECT id, user_id, chat_id, prompt_id, action FROM deliveries WHERE id = ?")) {
      st.setLong(1, deliveryId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Delivery(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), Optional.ofNullable(rs.getString(5))));
      }
    }
  }

  /** The person's daily prompt times. */
  private List<Subscription> subscriptions(Connection c, long userId) throws SQLException {
    return subscriptions(c, userId, Kind.PROMPT);
  }

  private List<Subscription> subscriptions(Connection c, long userId, Kind kind) throws SQLException {
    try (PreparedStatement st = Statements.prepare(c, SUBSCRIPTION_COLUMNS + " WHERE user_id = ? AND kind = ? ORDER BY local_time",
        userId, kind.column())) {
      return subscriptions(st, userId);
    }
  }

  private static List<Subscription> subscriptions(PreparedStatement st, long userId) throws SQLException {
    List<Subscription> all = new ArrayList<>();
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        Optional<Instant> next = rs.getObject(5) == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(rs.getLong(5)));
        all.add(new Subscription(rs.getLong(1), userId, rs.getLong(2), LocalTime.parse(rs.getString(3)), Days.parse(rs.getString(4)), next));
      }
    }
    return all;
  }

  /** Recomputes next_fire_at of every subscription of a person from their zone and pause. */
  private void recompute(Connection c, long userId) throws SQLException {
    ZoneId zone = defaultZone;
    Instant after = clock.instant();
    try (PreparedStatement st = c.prepareStatement("SELECT time_zone, paused_until FROM users WHERE user_id = ?")) {
      st.setLong(1, userId);
      try (ResultSet rs = st.executeQuery()) {
        if (rs.next()) {
          zone = rs.getString(1) == null ? defaultZone : ZoneId.of(rs.getString(1));
          if (rs.getObject(2) != null && rs.getLong(2) > after.getEpochSecond()) {
            after = Instant.ofEpochSecond(rs.getLong(2));
          }
        }
      }
    }
    List<Subscription> everyKind;
    try (PreparedStatement st = Statements.prepare(c, SUBSCRIPTION_COLUMNS + " WHERE user_id = ?", userId)) {
      everyKind = subscriptions(st, userId);
    }
    try (PreparedStatement st = c.prepareStatement("UPDATE subscriptions SET next_fire_at = ? WHERE id = ?")) {
      for (Subscription s : everyKind) {
        st.setLong(1, Schedule.nextFire(s.time(), s.days(), zone, after).getEpochSecond());
        st.setLong(2, s.id());
        st.addBatch();
      }
      st.executeBatch();
    }
  }
}
