package movebot.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.List;
import movebot.testing.Eventually;
import movebot.testing.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  @TempDir Path dir;

  private static String pragma(Database db, String name) {
    return db.read(c -> {
      try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA " + name)) {
        return rs.getString(1);
      }
    });
  }

  @Test
  void createsParentFoldersAndAPrivateFile() throws Exception {
    Path file = dir.resolve("a/b/movebot.db");
    try (Database db = Database.open(file)) {
      assertTrue(Files.exists(file));
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
  }

  @Test
  void usesWalFullSyncForeignKeysAndBusyTimeout() {
    try (Database db = Database.open(dir.resolve("m.db"))) {
      assertEquals("wal", pragma(db, "journal_mode"));
      assertEquals("2", pragma(db, "synchronous")); // FULL
      assertEquals("1", pragma(db, "foreign_keys"));
      assertEquals("5000", pragma(db, "busy_timeout"));
    }
  }

  @Test
  void appliesEveryMigrationOnceAndRecordsTheVersion() {
    Path file = dir.resolve("m.db");
    try (Database db = Database.open(file)) {
      assertEquals(Migrations.latestVersion(), db.schemaVersion());
      db.write(c -> c.createStatement().executeUpdate(
          "INSERT INTO users (user_id, chat_id, created_at, last_seen_at) VALUES (1, 1, 0, 0)"));
    }
    try (Database again = Database.open(file)) {
      assertEquals(Migrations.latestVersion(), again.schemaVersion());
      assertEquals(1, (int) again.read(c -> {
        try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM users")) {
          return rs.getInt(1);
        }
      }));
    }
  }

  @Test
  void refusesADatabaseFromANewerMovebot() throws Exception {
    Path file = dir.resolve("new.db");
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      c.createStatement().execute("PRAGMA user_version = 99");
    }
    StorageException e = assertThrows(StorageException.class, () -> Database.open(file));
    assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
  }

  @Test
  void aFailedWriteLeavesNothingBehind() {
    try (Database db = Database.open(dir.resolve("m.db"))) {
      assertThrows(StorageException.class, () -> db.write(c -> {
        c.createStatement().executeUpdate("INSERT INTO bot_state VALUES ('a', '1')");
        return c.createStatement().executeUpdate("INSERT INTO bot_state VALUES ('a', '2')"); // duplicate key
      }));
      boolean anyRow = Sql.number(db, "SELECT count(*) FROM bot_state") > 0;
      assertFalse(anyRow);
    }
  }

  @Test
  void closingCheckpointsAndRemovesTheWal() {
    Path file = dir.resolve("m.db");
    Database db = Database.open(file);
    db.write(c -> c.createStatement().executeUpdate("INSERT INTO bot_state VALUES ('k', 'v')"));
    db.close();
    assertFalse(Files.exists(dir.resolve("m.db-wal")), "a cleanly closed database leaves no WAL file");
  }

  @Test
  void migrationScriptsSplitIntoStatements() {
    assertEquals(
        List.of("CREATE TABLE a (x INTEGER)", "CREATE INDEX a_x ON a(x)"),
        Migrations.statements("-- comment\nCREATE TABLE a (x INTEGER);\nCREATE INDEX a_x ON a(x);\n"));
  }

  @Test
  void aDamagedFileIsRefusedWithHowToRestore() throws Exception {
    Path file = dir.resolve("garbage.db");
    Files.write(file, "this is not a database, just forty-odd bytes of text.............".repeat(100).getBytes());
    StorageException e = assertThrows(StorageException.class, () -> Database.open(file));
    assertTrue(e.getMessage().contains("damaged or not a movebot database"), e.getMessage());
    assertTrue(e.getMessage().contains("movebot backup"), e.getMessage());
  }

  @Test
  void backupWritesAConsistentCopyWhileWritesGoOn() throws Exception {
    Path file = dir.resolve("live.db");
    try (Database db = Database.open(file)) {
      Thread writer = new Thread(() -> {
        for (int i = 0; i < 2_000; i++) {
          int n = i;
          db.write(c -> c.createStatement().executeUpdate("INSERT INTO bot_state VALUES ('k" + n + "', 'v')"));
        }
      });
      writer.start();
      db.backup(dir.resolve("copy.db"));
      writer.join();
    }
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("copy.db"));
        var rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
      assertEquals("ok", rs.getString(1));
    }
    try (Database copy = Database.open(dir.resolve("copy.db"))) {
      assertEquals(Migrations.latestVersion(), copy.schemaVersion());
    }
  }

  @Test
  void backupRefusesToOverwrite() throws Exception {
    Files.writeString(dir.resolve("exists.db"), "x");
    try (Database db = Database.open(dir.resolve("m.db"))) {
      assertThrows(StorageException.class, () -> db.backup(dir.resolve("exists.db")));
    }
  }

  private static void insertBlobs(Database db, String prefix, int rows) {
    db.write(c -> {
      for (int i = 0; i < rows; i++) {
        c.createStatement().executeUpdate("INSERT INTO bot_state VALUES ('" + prefix + i + "', hex(randomblob(500)))");
      }
      return null;
    });
  }

  @Test
  void aWriteWhileAnotherProcessHoldsTheLockFailsSayingSoAndWorksOnceItIsReleased() throws Exception {
    Path file = dir.resolve("m.db");
    try (Database db = Database.open(file); var other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      other.createStatement().execute("BEGIN EXCLUSIVE");
      StorageException e = assertThrows(StorageException.class, () -> insertBlobs(db, "a", 1));
      assertTrue(e.getMessage().contains("locked by another process"), e.getMessage());
      assertEquals(0, Sql.number(db, "SELECT count(*) FROM bot_state"), "reads go on while another process writes");
      other.createStatement().execute("ROLLBACK");

      insertBlobs(db, "b", 2);
      assertThrows(StorageException.class, () -> db.write(c -> {
        c.createStatement().executeUpdate("INSERT INTO bot_state VALUES ('c', '1')");
        return c.createStatement().executeUpdate("INSERT INTO bot_state VALUES ('c', '2')");
      }));
      assertEquals(2, Sql.number(db, "SELECT count(*) FROM bot_state"), "writes are whole transactions again");
    }
  }

  @Test
  void aFullDiskFailsTheWriteCleanlyAndWritesWorkOnceThereIsRoom() {
    try (Database db = Database.open(dir.resolve("m.db"))) {
      insertBlobs(db, "before", 1);
      Sql.limitGrowth(db, 0);
      StorageException e = assertThrows(StorageException.class, () -> insertBlobs(db, "full", 50));
      assertTrue(e.getMessage().contains("disk is full"), e.getMessage());
      assertEquals(1, Sql.number(db, "SELECT count(*) FROM bot_state"), "nothing of the failed write is kept");

      Sql.limitGrowth(db, 1_000);
      insertBlobs(db, "after", 50);
      assertEquals(51, Sql.number(db, "SELECT count(*) FROM bot_state"));
      assertEquals("ok", pragma(db, "integrity_check"));
    }
  }

  @Test
  void deferredWritesLandBeforeALaterWriteInOrder() {
    try (Database db = Database.open(dir.resolve("m.db"))) {
      db.defer(c -> c.createStatement().executeUpdate("INSERT INTO users (user_id, chat_id, created_at, last_seen_at) VALUES (4, 4, 0, 0)"));
      // A row that needs the deferred one (foreign key) can be written straight after it.
      db.write(c -> c.createStatement().executeUpdate(
          "INSERT INTO feedback (user_id, entry_id, question, helpful, created_at) VALUES (4, 'e', 'q', 1, 0)"));
      assertEquals(1, Sql.number(db, "SELECT count(*) FROM feedback"));
    }
  }

  @Test
  void aFailingDeferredWriteSkipsOnlyItself() {
    try (Database db = Database.open(dir.resolve("m.db"))) {
      db.defer(c -> c.createStatement().executeUpdate("INSERT INTO no_such_table VALUES (1)"));
      db.defer(c -> c.createStatement().executeUpdate("INSERT INTO bot_state VALUES ('kept', '1')"));
      db.flush();
      assertEquals(1, Sql.number(db, "SELECT count(*) FROM bot_state WHERE key = 'kept'"));
    }
  }

  @Test
  void deferredWritesAreCommittedWithoutAnyLaterWrite() throws Exception {
    try (Database db = Database.open(dir.resolve("m.db"))) {
      db.defer(c -> c.createStatement().executeUpdate("INSERT INTO bot_state VALUES ('soon', '1')"));
      Eventually.await(() -> Sql.number(db, "SELECT count(*) FROM bot_state") == 1, java.time.Duration.ofSeconds(5), "flushed by the timer");
    }
  }

  @Test
  void closingCommitsDeferredWrites() throws Exception {
    Path file = dir.resolve("m.db");
    Database db = Database.open(file);
    db.defer(c -> c.createStatement().executeUpdate("INSERT INTO bot_state VALUES ('last', '1')"));
    db.close();
    try (Database again = Database.open(file)) {
      assertEquals(1, Sql.number(again, "SELECT count(*) FROM bot_state WHERE key = 'last'"));
    }
  }
}
