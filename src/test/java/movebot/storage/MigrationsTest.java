package movebot.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database made by an older movebot is migrated without losing or breaking a row. */
class MigrationsTest {
  @TempDir Path dir;

  /** Builds a database the way movebot did at schema version 3, with a subscription, a delivery and a snooze. */
  private Path version3Database() throws Exception {
    Path file = dir.resolve("old.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      st.execute("PRAGMA foreign_keys = ON");
      for (String name : Migrations.FILES.subList(0, 3)) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migrations/" + name)) {
          for (String sql : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
            st.execute(sql);
          }
        }
      }
      st.execute("PRAGMA user_version = 3");
      st.execute("INSERT INTO users (user_id, chat_id, created_at, last_seen_at) VALUES (7, 7, 0, 0)");
      st.execute("INSERT INTO subscriptions (id, user_id, chat_id, local_time, days, next_fire_at, created_at)"
          + " VALUES (5, 7, 7, '07:30', 'WEEKDAYS', 1000, 0)");
      st.execute("INSERT INTO deliveries (id, subscription_id, user_id, chat_id, local_date, fire_at, prompt_id, state, claimed_at)"
          + " VALUES (9, 5, 7, 7, '2026-03-02', 900, 'p1', 'sent', 900)");
      st.execute("INSERT INTO snoozes (delivery_id, user_id, due_at) VALUES (9, 7, 1900)");
    }
    return file;
  }

  private static String one(Database db, String sql) {
    return db.read(c -> {
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery(sql)) {
        return rs.next() ? rs.getString(1) : null;
      }
    });
  }

  @Test
  void version3KeepsItsPromptsDeliveriesAndSnoozesAndTheirLinks() throws Exception {
    try (Database db = Database.open(version3Database())) {
      assertEquals(Migrations.latestVersion(), db.schemaVersion());
      assertEquals("prompt|07:30|WEEKDAYS|1000", one(db, "SELECT kind || '|' || local_time || '|' || days || '|' || next_fire_at FROM subscriptions WHERE id = 5"));
      assertEquals("5|sent", one(db, "SELECT subscription_id || '|' || state FROM deliveries WHERE id = 9"));
      assertEquals("1900", one(db, "SELECT due_at FROM snoozes WHERE delivery_id = 9"));
      assertEquals(null, one(db, "SELECT * FROM pragma_foreign_key_check"));
      assertEquals("ok", one(db, "PRAGMA integrity_check"));
      assertEquals("1", one(db, "PRAGMA foreign_keys"), "foreign keys are back on after migrating");

      // The cascade still runs through the rebuilt tables: deleting the person deletes it all.
      db.write(c -> c.createStatement().executeUpdate("DELETE FROM users WHERE user_id = 7"));
      assertEquals("0", one(db, "SELECT (SELECT count(*) FROM subscriptions) + (SELECT count(*) FROM deliveries)"
          + " + (SELECT count(*) FROM snoozes)"));
    }
  }

  @Test
  void deliveryIdsAreNotReusedAfterTheirRowsAreDeleted() throws Exception {
    try (Database db = Database.open(version3Database())) {
      db.write(c -> c.createStatement().executeUpdate("DELETE FROM deliveries"));
      db.write(c -> c.createStatement().executeUpdate(
          "INSERT INTO deliveries (subscription_id, user_id, chat_id, local_date, fire_at, prompt_id, state, claimed_at)"
              + " VALUES (5, 7, 7, '2026-03-03', 900, 'p1', 'sent', 900)"));
      assertEquals("10", one(db, "SELECT max(id) FROM deliveries"), "9 was used before: the next is 10, not 1");
    }
  }
}
