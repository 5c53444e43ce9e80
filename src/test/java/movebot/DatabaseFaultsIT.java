package movebot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.security.auth.module.UnixSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import movebot.bench.SeededDatabase;
import movebot.storage.Database;
import movebot.testing.Eventually;
import movebot.testing.FakeBotApi;
import movebot.testing.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar against a database it cannot use as it expects: locked, read-only, backed up live. */
class DatabaseFaultsIT {
  static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path dir;

  /** Gives the folders made read-only back their write permission, so the temp folder can be removed. */
  @AfterEach
  void restorePermissions() throws Exception {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.filter(Files::isDirectory).toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  /** With no fake API, a closed port: for runs that fail before they call the Bot API. */
  private Map<String, String> env(String token, FakeBotApi api, Path db) {
    return BotProcess.env(token, api == null ? "http://127.0.0.1:9" : api.baseUrl(), db);
  }

  private static String token(String what) {
    return "4242" + ":" + what + "-" + Long.toHexString(System.nanoTime());
  }

  private static long answers(FakeBotApi api, long chat) {
    return api.calls("sendMessage").stream().filter(c -> c.chatId() == chat && c.succeeded()).count();
  }

  /**
   * Another process holds the write lock longer than the 5 s busy timeout. Decided behaviour: the
   * bot stays up; what needs no write is answered; a message that needs a write gets no answer
   * and an error in the log; prompts falling due are not claimed (so not sent) until the lock is
   * gone, then each is sent once; everything works again without a restart.
   */
  @Test
  void aDatabaseLockedByAnotherProcessDelaysPromptsAndRefusesWritesUntilReleased() throws Exception {
    Path db = dir.resolve("locked.db");
    int prompts = 20;
    SeededDatabase.create(db, prompts, id -> Instant.now().plus(Duration.ofDays(1))); // not due yet
    String token = token("LOCKED");
    try (FakeBotApi api = FakeBotApi.start(token); BotProcess bot = BotProcess.start(dir, env(token, api, db), "run")) {
      try {
        api.awaitCall("getUpdates", c -> true, WAIT);
        api.injectMessage(100, 100, "/help"); // chat 100 is known from now on
        api.awaitCall("sendMessage", c -> c.chatId() == 100 && c.succeeded(), WAIT);

        Instant released;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db)) {
          other.createStatement().executeUpdate(
              "UPDATE subscriptions SET next_fire_at = " + (Instant.now().getEpochSecond() + 1));
          other.createStatement().execute("BEGIN EXCLUSIVE");

          api.injectMessage(100, 100, "/help");
          Eventually.await(() -> answers(api, 100) == 2, WAIT, "a known person is answered while the database is locked");
          // Someone new: writing them down is deferred, so they are answered all the same.
          api.injectMessage(200, 200, "/start");
          Eventually.await(() -> answers(api, 200) == 1, WAIT, "someone new is answered while the database is locked");
          api.injectMessage(100, 100, "/subscribe 07:30"); // a change that must be written now
          Eventually.await(() -> output(bot).contains("Prompt dispatch failed"), WAIT, "prompt claims fail while locked");
          Eventually.await(() -> output(bot).contains("from chat 100"), WAIT, "the refused message is logged");
          assertTrue(output(bot).contains("locked by another process"), "the log says why");
          assertEquals(0, prompts(api).size(), "no prompt is sent without a claim");
          assertEquals(2, answers(api, 100), "the refused /subscribe got no answer");
          assertTrue(bot.process.isAlive());
          other.createStatement().execute("ROLLBACK");
          released = Instant.now();
        }

        Eventually.await(() -> prompts(api).size() == prompts, WAIT, "every prompt sent once the lock is gone");
        assertTrue(prompts(api).stream().allMatch(c -> !c.at().isBefore(released)), "no prompt went out before the release");
        api.injectMessage(100, 100, "/subscribe 07:30");
        Eventually.await(() -> answers(api, 100) == 3, WAIT, "writes work again without a restart");
        Eventually.await(() -> output(bot).contains("Prompt dispatch works again"), WAIT, "the recovery is logged");
        bot.terminate();
        assertEquals(0, bot.awaitExit(10));
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "\n--- bot output (tail) ---\n" + TelegramFaultsIT.tail(bot.output(), 60), e);
      }
      assertEquals(prompts, prompts(api).stream().map(RecordedCall::chatId).distinct().count(), "each chat once");
    }
    assertEquals("ok", integrity(db));
  }

  private static String output(BotProcess bot) {
    try {
      return bot.output();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<RecordedCall> prompts(FakeBotApi api) {
    return api.calls("sendMessage").stream().filter(c -> c.succeeded() && PromptTally.isPrompt(c)).toList();
  }

  private static String integrity(Path db) throws Exception {
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
        var rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
      return rs.getString(1);
    }
  }

  // ---- read-only ----------------------------------------------------------------------------

  /**
   * The command that starts the jar as a user the file permissions apply to: root may write
   * anything, so as root the jar runs as nobody (setpriv, util-linux).
   */
  private List<String> unprivileged() throws Exception {
    if (new UnixSystem().getUid() != 0) {
      return List.of();
    }
    Path setpriv = Path.of("/usr/bin/setpriv");
    assumeTrue(Files.isExecutable(setpriv), "running as root without setpriv: permissions cannot be tested");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x")); // nobody must reach the files
    return List.of(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups");
  }

  private String refusedStart(Path db) throws Exception {
    List<String> jvm = List.of("-XX:-UsePerfData");
    try (BotProcess bot = BotProcess.startAs(unprivileged(), dir, env(token("READONLY"), null, db), jvm, "run")) {
      int code = bot.awaitExit(30);
      String output = bot.output();
      assertEquals(1, code, output);
      assertFalse(output.contains("\tat ") || output.contains("Exception"), "a message, not a stack trace:\n" + output);
      assertEquals(1, output.strip().lines().count(), "one line:\n" + output);
      assertTrue(output.contains(db.toString()), output);
      return output;
    }
  }

  private Path migratedDatabase(Path folder) throws Exception {
    Files.createDirectories(folder);
    Path db = folder.resolve("movebot.db");
    Database.open(db).close();
    return db;
  }

  @Test
  void aReadOnlyDatabaseFileStopsStartUpWithOneClearLine() throws Exception {
    Path folder = dir.resolve("rw-folder");
    Path db = migratedDatabase(folder);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
    String output = refusedStart(db);
    assertTrue(output.contains("read-only"), output);
  }

  @Test
  void aReadOnlyFolderWithADatabaseInItStopsStartUpWithOneClearLine() throws Exception {
    Path folder = dir.resolve("ro-folder");
    Path db = migratedDatabase(folder);
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-rw-rw-"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    String output = refusedStart(db);
    assertTrue(output.contains("-wal and -shm files in " + folder), output);
  }

  @Test
  void aReadOnlyFolderWithoutADatabaseStopsStartUpWithOneClearLine() throws Exception {
    Path folder = dir.resolve("empty-ro-folder");
    Files.createDirectories(folder);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    String output = refusedStart(folder.resolve("movebot.db"));
    assertTrue(output.contains("cannot create database"), output);
  }

  // ---- backup while the bot writes -----------------------------------------------------------

  @Test
  void backupsTakenWhileTheBotSendsPromptsAreConsistent() throws Exception {
    Path db = dir.resolve("live.db");
    int people = 3_000;
    SeededDatabase.create(db, people, id -> Instant.now());
    String token = token("BACKUP");
    List<Long> rowsInCopies = new ArrayList<>();
    try (FakeBotApi api = FakeBotApi.start(token)) {
      Map<String, String> env = env(token, api, db);
      env.put("MOVEBOT_SEND_RATE_GLOBAL", "300");
      try (BotProcess bot = BotProcess.start(dir, env, "run")) {
        for (int i = 1; i <= 3; i++) {
          api.awaitCalls("sendMessage", i * 600, WAIT); // the bot is claiming and marking prompts
          Path copy = dir.resolve("copy-" + i + ".db");
          try (BotProcess backup = BotProcess.start(dir, env, "backup", copy.toString())) {
            assertEquals(0, backup.awaitExit(30), backup.output());
          }
          assertEquals("ok", integrity(copy), "copy " + i);
          try (var c = DriverManager.getConnection("jdbc:sqlite:" + copy);
              var rs = c.createStatement().executeQuery("SELECT count(*) FROM deliveries")) {
            rowsInCopies.add(rs.getLong(1));
          }
        }
        assertTrue(bot.process.isAlive());
        PromptTally.awaitEveryChat(api, people, WAIT);
        bot.terminate();
        assertEquals(0, bot.awaitExit(10));
      }
    }
    System.out.println("backup copies held " + rowsInCopies + " delivery rows");
    for (int i = 1; i < rowsInCopies.size(); i++) {
      assertTrue(rowsInCopies.get(i) >= rowsInCopies.get(i - 1), "later copies hold more: " + rowsInCopies);
    }
    assertTrue(rowsInCopies.get(0) > 0 && rowsInCopies.get(2) < people, "taken mid-broadcast: " + rowsInCopies);
    assertEquals("ok", integrity(db));
  }
}
