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

  /**
   * Lets the database grow by at most {@code extraPages} pages through the bot's own writer
   * connection ({@code PRAGMA max_page_count} holds per connection): writes that need more room
   * fail with SQLITE_FULL, as on a full disk, while writes that fit in existing pages succeed.
   */
  public static void limitGrowth(Database db, long extraPages) {
    db.write(c -> {
      try (var st = c.createStatement()) {
        long pages;
        try (var rs = st.executeQuery("PRAGMA page_count")) {
          pages = rs.getLong(1);
        }
        st.executeQuery("PRAGMA max_page_count = " + (pages + extraPages)).close();
      }
      return null;
    });
  }
}
