package movebot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One-line statements with positional arguments, for the stores. */
public final class Statements {
  private Statements() {}

  public static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement st = prepare(c, sql, args)) {
      return st.executeUpdate();
    }
  }

  /** The first column of the first row as an int (0 when there is no row). */
  public static int intValue(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement st = prepare(c, sql, args);
        ResultSet rs = st.executeQuery()) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  public static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
    PreparedStatement st = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      st.setObject(i + 1, args[i]);
    }
    return st;
  }
}
