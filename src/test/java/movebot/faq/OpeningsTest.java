package movebot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OpeningsTest {
  private static Optional<List<String>> of(String regex) {
    return Openings.of(regex);
  }

  @Test
  void readsTheWordListAPatternOpensWith() {
    assertEquals(Optional.of(List.of("fell", "fallen", "slipped")),
        of("\\b(?:fell|fallen|slipped) (?:down|over)\\b"));
  }

  @Test
  void stopsBeforeACharacterAQuantifierMakesOptionalAndAtAnyOtherOperator() {
    assertEquals(Optional.of(List.of("can", "cn't", "hurt", "bladd")),
        of("\\b(?:can'?t|cn't|hurt\\w*|bladd+ers?) x"));
  }

  @Test
  void readsAnOpeningLiteralAndTheLookaheadAPatternStartsWith() {
    assertEquals(Optional.of(List.of("fe")), of("\\bfe(?:v|b)er"));
    assertEquals(Optional.of(List.of("fall", "falls")),
        of("(?=\\b(?:fall|falls)\\b)(?<!\\bif )\\b(?:i|he) fall"));
    assertEquals(Optional.of(List.of("tackle")), of("\\b(?<!\\ba )tackle\\b"));
  }

  @Test
  void givesNothingForAnOpeningItCannotReadPlainly() {
    assertEquals(Optional.empty(), of("\\b(?:a|b)|\\bc"), "two top-level branches");
    assertEquals(Optional.empty(), of("\\b(?:fell|fallen)? down"), "optional opening");
    assertEquals(Optional.empty(), of("\\b(?:(?:x|y)z|w)"), "a nested group first");
    assertEquals(Optional.empty(), of("[a-z]+ache"), "a class first");
    assertEquals(Optional.empty(), of("\\w+ fell"), "an escape first");
    assertEquals(Optional.empty(), of("(?i)fell"), "inline flags");
  }

  /**
   * Every pattern of the real red flags, against every question of every labelled set: where
   * the pattern matches, one of its openings is in the message, so skipping on their absence
   * never loses a match.
   */
  @Test
  void noRealPatternMatchesAQuestionWithoutOneOfItsOpenings() throws Exception {
    KnowledgeBase base = KnowledgeBase.load(EvalQuestion.projectDir().resolve("config"));
    List<String> messages = new ArrayList<>();
    try (Stream<Path> files = Files.list(EvalQuestion.projectDir()
        .resolve("src/test/resources/eval"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
        for (EvalQuestion question : read(file)) {
          messages.add(RedFlags.normalise(question.question()));
        }
      }
    }
    assertTrue(messages.size() > 3000, "questions read: " + messages.size());
    int matches = 0;
    for (RedFlags.Rule rule : base.redFlags().rules()) {
      for (int i = 0; i < rule.patterns().size(); i++) {
        String pattern = rule.flag().id() + " pattern " + rule.patterns().get(i).pattern();
        for (String message : messages) {
          boolean plain = rule.patterns().get(i).matcher(message).find();
          assertEquals(plain, rule.matches(i, message), pattern);
          matches += plain ? 1 : 0;
        }
      }
    }
    assertTrue(matches > 100, "red-flag matches checked: " + matches);
  }

  private static List<EvalQuestion> read(Path file) {
    try {
      return EvalQuestion.read(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
