package movebot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import movebot.testing.FakeBotApi;
import movebot.testing.RecordedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daily prompts with the packaged jar as a real process and the real clock. */
class RemindersProcessIT {
  @TempDir Path dir;

  @Test
  void aPromptSubscribedBeforeARestartIsSentOnceAfterIt() throws Exception {
    String token = "5555" + ":" + "REMINDER-PROCESS-" + Long.toHexString(System.nanoTime());
    Map<String, String> env = Map.of(
        "TELEGRAM_BOT_TOKEN", token,
        "MOVEBOT_DB", dir.resolve("movebot.db").toString(),
        "MOVEBOT_CONFIG", Path.of("config").toAbsolutePath().toString());
    try (FakeBotApi api = FakeBotApi.start(token)) {
      Map<String, String> withApi = new java.util.HashMap<>(env);
      withApi.put("MOVEBOT_API_URL", api.baseUrl());
      // The next whole minute at least 25 s away, so the restart happens before it.
      LocalTime due = LocalTime.now(ZoneOffset.UTC).plusSeconds(25).plusMinutes(1).withSecond(0).withNano(0);
      String time = due.format(DateTimeFormatter.ofPattern("HH:mm"));

      try (BotProcess first = BotProcess.start(dir, withApi, "run")) {
        api.awaitCall("getUpdates", c -> true, Duration.ofSeconds(20));
        api.injectMessage(77, 77, "/subscribe " + time);
        api.awaitCall("sendMessage", c -> c.chatId() == 77 && c.param("text").contains(time), Duration.ofSeconds(20));
        first.terminate();
        assertEquals(0, first.awaitExit(5), first.output());
      }
      try (BotProcess second = BotProcess.start(dir, withApi, "run")) {
        RecordedCall prompt = api.awaitCall(
            "sendMessage", c -> c.chatId() == 77 && c.succeeded() && c.param("text").contains("Time to move"), Duration.ofSeconds(120));
        // Give a doubled prompt every chance to show up: until the next long poll after the prompt.
        api.injectMessage(77, 77, "/help");
        api.awaitCall("sendMessage", c -> c.chatId() == 77 && c.param("text").contains("/privacy"), Duration.ofSeconds(20));
        long prompts = api.calls("sendMessage").stream().filter(c -> c.chatId() == 77 && c.param("text").contains("Time to move")).count();
        assertEquals(1, prompts, "exactly one prompt; first at " + prompt.at());
        second.terminate();
        assertEquals(0, second.awaitExit(5), second.output());
      }
    }
  }
}
