package movebot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import movebot.storage.Database;

/**
 * The {@code users} table. Remembers recently seen people in memory so that a busy chat does
 * not cost a database write per message: a row is written on first contact and
 * {@code last_seen_at} is refreshed at most once per {@link #REFRESH}. Those writes are
 * deferred (committed in batches): losing one in a crash only loses a "last seen" time.
 */
public final class UserStore {
  static final Duration REFRESH = Duration.ofHours(1);
  private static final int REMEMBERED = 50_000;

  private final Database db;
  private final Clock clock;
  private final Map<Long, Long> lastWritten = RecentMap.withMaxSize(REMEMBERED);

  public UserStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Records that {@code origin}'s person used the bot now. */
  void touch(Incoming.Origin origin) {
    long now = clock.instant().getEpochSecond();
    Long previous = lastWritten.get(origin.userId());
    if (previous != null && now - previous < REFRESH.toSeconds()) {
      return;
    }
    db.defer(
        c -> {
          try (var st =
              c.prepareStatement(
                  "INSERT INTO users (user_id, chat_id, language_code, created_at, last_seen_at)"
                      + " VALUES (?, ?, ?, ?, ?)"
                      + " ON CONFLICT (user_id) DO UPDATE SET last_seen_at = excluded.last_seen_at,"
                      + " language_code = excluded.language_code")) {
            st.setLong(1, origin.userId());
            // In Telegram a person's private chat has the same id as the person.
            st.setLong(2, origin.userId());
            st.setString(3, origin.languageCode().isEmpty() ? null : origin.languageCode());
            st.setLong(4, now);
            st.setLong(5, now);
            return st.executeUpdate();
          }
        });
    lastWritten.put(origin.userId(), now);
  }

  /** Deletes the person and, through ON DELETE CASCADE, every row that refers to them. */
  boolean forget(long userId) {
    lastWritten.remove(userId); // db.write commits deferred writes first, so none re-creates the row
    return db.write(
        c -> {
          try (var st = c.prepareStatement("DELETE FROM users WHERE user_id = ?")) {
            st.setLong(1, userId);
            return st.executeUpdate() > 0;
          }
        });
  }

  boolean exists(long userId) {
    db.flush();
    return db.read(
        c -> {
          try (var st = c.prepareStatement("SELECT 1 FROM users WHERE user_id = ?")) {
            st.setLong(1, userId);
            try (var rs = st.executeQuery()) {
              return rs.next();
            }
          }
        });
  }
}
