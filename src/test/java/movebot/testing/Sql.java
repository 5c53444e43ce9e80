package movebot.testing;

import movebot.storage.Database;

/** One-number queries for assertions, closing what they open so no read snapshot is left pinned. */
public final class Sql {
  private Sql() {}

  public static long number(Database db, String sql) {
    return db.read(c -> {
      try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
        return rs.next() ? rs.getLong(1) : 0L;
      }
    });
  }
}
