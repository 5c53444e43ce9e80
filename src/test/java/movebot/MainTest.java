package movebot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import movebot.testing.FakeBotApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String input, Map<String, String> env, String... args) {
    return new Main(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env)
        .run(args);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void runWithoutTokenExitsTwoWithOneLineNamingTheVariableAndBotFather() {
    int code = run("", Map.of(), "run", "--config", "config");
    assertEquals(2, code);
    String[] lines = err().strip().split("\n");
    assertEquals(1, lines.length);
    assertTrue(lines[0].contains("TELEGRAM_BOT_TOKEN"));
    assertTrue(lines[0].contains("@BotFather"));
    assertTrue(lines[0].contains("movebot chat"));
  }

  @Test
  void usageErrorExitsTwoWithReasonAndUsage() {
    assertEquals(2, run("", Map.of(), "fly"));
    assertTrue(err().contains("unknown command 'fly'"));
    assertTrue(err().contains("usage: movebot run"));
  }

  @Test
  void badSettingExitsTwoNamingFileAndKey() throws Exception {
    Files.writeString(dir.resolve("movebot.properties"), "send.rate.global=lots\n");
    int code = run("", Map.of("TELEGRAM_BOT_TOKEN", "123:abc"), "run", "--config", dir.toString());
    assertEquals(2, code);
    assertTrue(err().contains(dir.resolve("movebot.properties") + ": send.rate.global: 'lots'"), err());
  }

  @Test
  void badKnowledgeFileStopsRunWithExitTwoBeforeAnyCallToTheBotApi() throws Exception {
    try (var files = Files.list(Path.of("config"))) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    Files.writeString(dir.resolve("faq.json"), "{\"sources\": [");
    String token = "123:abc";
    try (FakeBotApi api = FakeBotApi.start(token)) {
      int code =
          run("", Map.of("TELEGRAM_BOT_TOKEN", token), "run", "--config", dir.toString(),
              "--db", dir.resolve("m.db").toString(), "--api-url", api.baseUrl());
      assertEquals(2, code);
      assertTrue(err().contains("configuration error"), err());
      assertTrue(err().contains(dir.resolve("faq.json").toString()), err());
      assertEquals(List.of(), api.calls());
    }
  }

  @Test
  void badApiUrlExitsTwo() {
    int code =
        run("", Map.of("TELEGRAM_BOT_TOKEN", "123:abc"), "run", "--config", "config",
            "--db", dir.resolve("m.db").toString(), "--api-url", "ftp://127.0.0.1/x");
    assertEquals(2, code);
    assertTrue(err().contains("must start with http:// or https://"), err());
  }

  @Test
  void checkPassesOnTheShippedConfig() {
    assertEquals(0, run("", Map.of(), "check", "--config", "config"), err());
  }

  @Test
  void checkListsEveryProblemAndExitsOne() throws Exception {
    Files.writeString(dir.resolve("movebot.properties"), "send.rate.global=0\ntimezone.default=Mars/Base\n");
    assertEquals(1, run("", Map.of(), "check", "--config", dir.toString()));
    assertTrue(err().contains("timezone.default"), err());
    assertTrue(err().contains("send.rate.global"), err());
  }

  @Test
  void chatAnswersStartAndHelpInTheTerminal() {
    int code = run("/start\n/help\n", Map.of(), "chat", "--config", "config", "--db", dir.resolve("c.db").toString());
    assertEquals(0, code, err());
    String shown = out.toString(StandardCharsets.UTF_8);
    assertTrue(shown.contains("not medical advice"), shown);
    assertTrue(shown.contains("[1] ❓ Ask a question"), shown);
    assertTrue(shown.contains("/privacy – What is stored about you and why"), shown);
  }
}
