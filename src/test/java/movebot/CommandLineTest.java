package movebot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  void runWithAllOptions() throws Exception {
    CommandLine line = CommandLine.parse("run", "--config", "cfg", "--db", "x/y.db", "--api-url", "http://127.0.0.1:9");
    assertEquals("run", line.command());
    assertEquals(Path.of("cfg"), line.configDir(Map.of()));
    assertEquals(Path.of("x/y.db"), line.database(Map.of()));
    assertEquals("http://127.0.0.1:9", line.apiUrl(Map.of()));
  }

  @Test
  void flagsWinOverEnvironmentWhichWinsOverDefaults() throws Exception {
    Map<String, String> env = Map.of("MOVEBOT_DB", "env.db", "MOVEBOT_CONFIG", "envcfg", "MOVEBOT_API_URL", "http://127.0.0.1:1");
    CommandLine bare = CommandLine.parse("run");
    assertEquals(Path.of("env.db"), bare.database(env));
    assertEquals(Path.of("envcfg"), bare.configDir(env));
    assertEquals("http://127.0.0.1:1", bare.apiUrl(env));
    assertEquals(Path.of("flag.db"), CommandLine.parse("run", "--db", "flag.db").database(env));
    assertEquals(CommandLine.DEFAULT_DB, bare.database(Map.of()));
    assertEquals(CommandLine.DEFAULT_API_URL, bare.apiUrl(Map.of()));
  }

  @Test
  void askKeepsQuestionWordsAndJson() throws Exception {
    CommandLine line = CommandLine.parse("ask", "--json", "is", "walking", "good");
    assertTrue(line.json());
    assertEquals(List.of("is", "walking", "good"), line.words());
  }

  @Test
  void badWordsAreUsageErrorsWithOneLineReasons() {
    assertThrows(CommandLine.UsageException.class, CommandLine::parse);
    assertEquals("unknown command 'serve'", message("serve"));
    assertEquals("unknown option '--verbose'", message("run", "--verbose"));
    assertEquals("--db needs a value", message("run", "--db"));
    assertEquals("'run' takes no arguments, got 'now'", message("run", "now"));
    assertEquals("--json works only with 'ask'", message("chat", "--json"));
    assertEquals("--api-url works only with 'run'", message("chat", "--api-url", "http://x"));
  }

  private static String message(String... args) {
    return assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(args)).getMessage();
  }
}
