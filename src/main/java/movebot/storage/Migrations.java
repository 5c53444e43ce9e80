package movebot.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered schema migrations, applied in order. {@code PRAGMA user_version} records the last
 * one applied, so each runs exactly once per database; each runs in its own transaction
 * together with the version bump, so a crash leaves either the old or the new schema.
 *
 * <p>Foreign keys are off while migrations run and checked before each commit: that is how
 * SQLite says to rebuild a table (create, copy, drop, rename). With them on, dropping the old
 * table would cascade into every row that refers to it.
 */
final class Migrations {
  /** In order; the number in each name is its version. Append, never edit a released one. */
  static final List<String> FILES = List.of(
      "001_users.sql", "002_answers.sql", "003_reminders.sql", "004_programmes.sql");

  private Migrations() {}

  static int latestVersion() {
    return FILES.size();
  }

  static void apply(Connection connection) throws SQLException {
    int current = userVersion(connection);
    if (current > latestVersion()) {
      throw new SQLException(
          "the database has schema version " + current + " but this movebot knows only up to "
              + latestVersion() + "; use a newer movebot or restore a backup");
    }
    if (current == latestVersion()) {
      return;
    }
    setForeignKeys(connection, false);
    try {
      for (int version = current + 1; version <= latestVersion(); version++) {
        applyOne(connection, version);
      }
    } finally {
      setForeignKeys(connection, true);
    }
  }

  private static void applyOne(Connection connection, int version) throws SQLException {
    String file = FILES.get(version - 1);
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(read(file))) {
        statement.execute(sql);
      }
      try (var broken = statement.executeQuery("PRAGMA foreign_key_check")) {
        if (broken.next()) {
          throw new SQLException("a row of " + broken.getString(1) + " refers to a missing row of " + broken.getString(3));
        }
      }
      statement.execute("PRAGMA user_version = " + version);
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw new SQLException("migration " + file + " failed: " + e.getMessage(), e);
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Only outside a transaction: inside one, SQLite ignores the pragma. */
  private static void setForeignKeys(Connection connection, boolean on) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
    }
  }

  static int userVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        var rs = statement.executeQuery("PRAGMA user_version")) {
      return rs.getInt(1);
    }
  }

  private static String read(String file) {
    String resource = "/db/migrations/" + file;
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing migration resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a migration into statements; migrations hold plain DDL, so ';' at a line end ends one. */
  static List<String> statements(String script) {
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.startsWith("--")) {
        withoutComments.append(line).append('\n');
      }
    }
    return java.util.Arrays.stream(withoutComments.toString().split(";\\s*\n"))
        .map(String::strip)
        .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
