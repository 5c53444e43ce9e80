package movebot.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import movebot.storage.Database;

/**
 * Everything stored about one person, for /mydata: every row of every table that has a
 * {@code user_id} column. Found from the schema rather than listed by hand, so a table added
 * later is in the export without anyone remembering to add it; the same column is what
 * /forget's cascade follows.
 */
final class UserDataExport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Database db;
  private final Clock clock;

  UserDataExport(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** The person's data as a JSON document: {"exported_at", "user_id", "tables": {name: [rows]}}. */
  byte[] json(long userId) {
    Map<String, List<Map<String, Object>>> tables = db.read(c -> {
      Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
      for (String table : tablesWithUserId(c)) {
        all.put(table, rows(c, table, userId));
      }
      return all;
    });
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("exported_at", clock.instant().toString());
    document.put("user_id", userId);
    document.put("tables", tables);
    try {
      return JSON.writeValueAsBytes(document);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the export", e); // plain maps of strings and numbers: never
    }
  }

  private static List<String> tablesWithUserId(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(
        "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) p ON p.name = 'user_id'"
            + " WHERE m.type = 'table' ORDER BY m.name = 'users' DESC, m.name");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  private static List<Map<String, Object>> rows(Connection c, String table, long userId) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    // The table name comes from sqlite_master, not from a person; quoted all the same.
    try (PreparedStatement st = c.prepareStatement("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\" WHERE user_id = ?")) {
      st.setLong(1, userId);
      try (ResultSet rs = st.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnName(i), rs.getObject(i));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
