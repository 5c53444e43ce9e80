package movebot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import movebot.chat.CommandMenu;
import org.junit.jupiter.api.Test;

class ReadmeTest {

  @Test
  void botFatherListMatchesTheCommandMenu() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    assertTrue(readme.contains("```\n" + CommandMenu.forBotFather() + "```"), "README's @BotFather list is out of date");
  }

  @Test
  void readmeNamesTheTestCommandThatCiRuns() throws Exception {
    assertTrue(Files.readString(Path.of("README.md")).contains("./mvnw -B verify"));
    assertTrue(Files.readString(Path.of(".ci/run")).contains("./mvnw -B verify"));
  }
}
