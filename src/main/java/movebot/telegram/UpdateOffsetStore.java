package movebot.telegram;

import movebot.storage.Database;

/**
 * The highest update id taken in. Telegram forgets an update only when a later
 * {@code getUpdates} confirms it; a bot stopped before that would see it again at start-up
 * and answer twice. Starting the offset after this stored id prevents that replay.
 */
final class UpdateOffsetStore {
  private static final String KEY = "last_update_id";

  private final Database db;

  UpdateOffsetStore(Database db) {
    this.db = db;
  }

  long load() {
    return db.read(
        c -> {
          try (var st = c.prepareStatement("SELECT value FROM bot_state WHERE key = ?")) {
            st.setString(1, KEY);
            try (var rs = st.executeQuery()) {
              return rs.next() ? Long.parseLong(rs.getString(1)) : 0L;
            }
          }
        });
  }

  /** Stores a higher id; a lower one is ignored (see {@link #reset}). */
  void save(long updateId) {
    db.write(
        c -> {
          try (var st =
              c.prepareStatement(
                  "INSERT INTO bot_state (key, value) VALUES (?, ?)"
                      + " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                      + " WHERE CAST(bot_state.value AS INTEGER) < CAST(excluded.value AS INTEGER)")) {
            st.setString(1, KEY);
            st.setString(2, Long.toString(updateId));
            return st.executeUpdate();
          }
        });
  }

  /** Stores {@code updateId} even if lower: Telegram has started numbering updates again. */
  void reset(long updateId) {
    db.write(
        c -> {
          try (var st =
              c.prepareStatement(
                  "INSERT INTO bot_state (key, value) VALUES (?, ?)"
                      + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            st.setString(1, KEY);
            st.setString(2, Long.toString(updateId));
            return st.executeUpdate();
          }
        });
  }
}
