package movebot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The knowledge files the bot ships with pass {@code movebot check}. */
class ConfigCheckTest {
  @Test
  void theShippedKnowledgeFilesHaveNoErrors() {
    Path config = EvalQuestion.projectDir().resolve("config");
    assumeTrue(Files.exists(config.resolve(FaqFile.NAME)), "no knowledge files yet in " + config);
    List<KnowledgeProblem> problems = KnowledgeBase.check(config);
    problems.forEach(System.out::println);
    assertEquals(List.of(), problems.stream().filter(KnowledgeProblem::isError).toList());
  }
}
