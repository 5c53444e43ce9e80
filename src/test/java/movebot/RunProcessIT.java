package movebot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import movebot.testing.Fault;
import movebot.testing.FakeBotApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a real process against the fake Bot API. */
class RunProcessIT {
  static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path dir;

  /** Built at run time so nothing in the repository looks like a real token. */
  static String token() {
    return "9876" + ":" + "PROCESS-TEST-TOKEN-" + Long.toHexString(System.nanoTime());
  }

  private Map<String, String> env(String token, FakeBotApi api, String level) {
    return BotProcess.env(token, api.baseUrl(), dir.resolve("data/movebot.db"), "MOVEBOT_LOG_LEVEL", level);
  }

  @Test
  void sigtermStopsWithExitZeroWithinFiveSecondsAndClosesTheDatabase() throws Exception {
    String token = token();
    try (FakeBotApi api = FakeBotApi.start(token);
        BotProcess bot = BotProcess.start(dir, env(token, api, "info"), "run")) {
      api.awaitCall("getUpdates", c -> true, WAIT);
      api.injectMessage(1, 1, "/start");
      api.awaitCall("sendMessage", c -> c.chatId() == 1, WAIT);

      long before = System.nanoTime();
      bot.terminate();
      int code = bot.awaitExit(5);
      assertEquals(0, code, "exit within 5 s; output:\n" + bot.output());
      assertTrue(System.nanoTime() - before < Duration.ofSeconds(5).toNanos());
    }
    Path db = dir.resolve("data/movebot.db");
    assertFalse(Files.exists(dir.resolve("data/movebot.db-wal")), "a clean close checkpoints and removes the WAL");
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
        var rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
      assertEquals("ok", rs.getString(1));
    }
  }

  @Test
  void theTokenAppearsInNoLogLineEvenAtTraceLevelWithFailingRequests() throws Exception {
    String token = token();
    String output;
    try (FakeBotApi api = FakeBotApi.start(token)) {
      api.failNext("getUpdates", Fault.serverError(500), 1);
      api.failNext("getUpdates", Fault.dropConnection(), 1);
      api.failNext("sendMessage", Fault.serverError(500), 1);
      api.failNext("sendMessage", Fault.dropConnection(), 1);
      try (BotProcess bot = BotProcess.start(dir, env(token, api, "trace"), "run")) {
        api.injectMessage(2, 2, "/help");
        api.awaitCall("sendMessage", c -> c.chatId() == 2 && c.succeeded(), WAIT);
        api.failNext("getUpdates", Fault.unauthorized(), 1);
        api.injectMessage(2, 2, "/start"); // ends the pending long poll, so the next one meets the 401
        int code = bot.awaitExit(WAIT.toSeconds());
        output = bot.output();
        assertEquals(1, code, "401 from getUpdates stops the bot; output:\n" + output);
      }
    }
    assertTrue(output.contains("DEBUG") || output.contains("TRACE"), "ran at the most verbose level");
    assertTrue(output.contains("401 Unauthorized"), output);
    String secret = token.substring(token.indexOf(':') + 1);
    assertFalse(output.contains(secret), "the token leaked into the output");
  }

  @Test
  void aConflictingPollerStopsTheBotWithAClearReason() throws Exception {
    String token = token();
    try (FakeBotApi api = FakeBotApi.start(token)) {
      api.failNext("getUpdates", Fault.conflict(), 1);
      try (BotProcess bot = BotProcess.start(dir, env(token, api, "info"), "run")) {
        assertEquals(1, bot.awaitExit(WAIT.toSeconds()), bot.output());
        assertTrue(bot.output().contains("409 Conflict"), bot.output());
      }
    }
  }

  @Test
  void withoutATokenRunExitsTwoWithOneLine() throws Exception {
    try (BotProcess bot = BotProcess.start(dir, Map.of(), "run")) {
      assertEquals(2, bot.awaitExit(WAIT.toSeconds()));
      String[] lines = bot.output().strip().split("\n");
      assertEquals(1, lines.length, bot.output());
      assertTrue(lines[0].contains("TELEGRAM_BOT_TOKEN") && lines[0].contains("@BotFather"));
    }
  }
}
