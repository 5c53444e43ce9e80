package movebot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code examples.json}: questions people asked, filed under their entry or under no_match. */
class ExamplesTest {
  @TempDir Path dir;

  @BeforeEach
  void copySample() {
    SampleKnowledge.copyTo(dir);
  }

  private void examples(String json) {
    SampleKnowledge.write(dir, ExamplesFile.NAME, json);
  }

  private Answer answer(String question) {
    try {
      return new Answerer(KnowledgeBase.load(dir)).answer(question);
    } catch (KnowledgeException e) {
      throw new AssertionError(e);
    }
  }

  private KnowledgeProblem onlyProblem() {
    List<KnowledgeProblem> problems = KnowledgeBase.check(dir);
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    return problems.get(0);
  }

  private static void assertMentions(String part, KnowledgeProblem problem) {
    assertTrue(problem.reason().contains(part), () -> "'" + part + "' not in: " + problem);
  }

  @Test
  void aQuestionWordedLikeAnExampleFindsItsEntry() {
    String question = "would strolling round the park sort out my lumbago";
    assertEquals(Answer.Kind.NO_MATCH, answer(question).kind(), "without the example");

    examples("{\"walking-helps\": [\"is strolling round the park any use for lumbago\"]}");

    Answer answer = answer(question);
    assertEquals(Answer.Kind.ANSWER, answer.kind(), answer::toString);
    assertEquals("walking-helps", answer.entry().orElseThrow().id());
  }

  @Test
  void aQuestionNearestToAnOffTopicExampleIsRefused() {
    String question = "is a posture corrector good";
    assertEquals(Answer.Kind.ANSWER, answer(question).kind(), "without the example");

    examples("{\"no_match\": [\"do posture corrector braces work\","
        + " \"posture corrector worth buying?\"]}");

    Answer answer = answer(question);
    assertEquals(Answer.Kind.NO_MATCH, answer.kind(), answer::toString);
    // The entry it came nearest to is still offered first.
    assertEquals("posture", answer.suggestions().get(0).id(), answer::toString);
  }

  @Test
  void offTopicExamplesDoNotTurnAwayTheQuestionsTheBaseAnswers() {
    examples("{\"no_match\": [\"do posture corrector braces work\","
        + " \"which walking shoes are best for a bad back\"]}");
    Answer answer = answer("Is walking good for my back?");
    assertEquals(Answer.Kind.ANSWER, answer.kind(), answer::toString);
    assertEquals("walking-helps", answer.entry().orElseThrow().id());
  }

  @Test
  void withoutTheFileThereAreNoExamplesAndNoProblems() {
    assertEquals(List.of(), KnowledgeBase.check(dir));
  }

  @Test
  void anUnknownEntryIdIsAnError() {
    examples("{\"walking-help\": [\"walks ok?\"]}");
    KnowledgeProblem problem = onlyProblem();
    assertTrue(problem.isError());
    assertEquals("entry 'walking-help'", problem.where());
    assertMentions("is not an entry id", problem);
  }

  @Test
  void anExampleThatIsAnotherEntrysPhrasingIsAnError() {
    examples("{\"walking-helps\": [\"What is the core?\"]}");
    KnowledgeProblem problem = onlyProblem();
    assertTrue(problem.isError());
    assertEquals("entry 'walking-helps' [0]", problem.where());
    assertMentions("of entry 'core-strength'", problem);
  }

  @Test
  void theSameQuestionAnsweredAndOffTopicIsAnError() {
    examples("{\"walking-helps\": [\"walks ok?\"], \"no_match\": [\"Walks OK\"]}");
    assertMentions("of entry 'walking-helps'", onlyProblem());
  }

  @Test
  void aRepeatIsAWarning() {
    examples("{\"walking-helps\": [\"walks ok?\", \"Walks, OK\"]}");
    KnowledgeProblem problem = onlyProblem();
    assertFalse(problem.isError());
    assertMentions("repeats", problem);
  }

  @Test
  void anExampleThatTripsARedFlagIsAWarning() {
    examples("{\"walking-helps\": [\"can I walk if I can't pee and my back hurts\"]}");
    KnowledgeProblem problem = onlyProblem();
    assertFalse(problem.isError());
    assertMentions("red flag", problem);
  }

  @Test
  void aQuestionWithoutWordsOrAListThatIsNotOneIsAnError() {
    examples("{\"walking-helps\": [\"?!\"], \"posture\": \"sit up straight\"}");
    List<KnowledgeProblem> problems = KnowledgeBase.check(dir);
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(problems.stream().allMatch(KnowledgeProblem::isError));
    assertMentions("with words", problems.get(0));
    assertMentions("list of questions", problems.get(1));
  }

  @Test
  void noMatchIsNotAnEntryId() {
    SampleKnowledge.editEntry(dir, "posture", entry -> entry.put("id", "no_match"));
    assertTrue(KnowledgeBase.check(dir).stream().anyMatch(problem -> problem.isError()
        && problem.reason().contains("reserved")), () -> KnowledgeBase.check(dir).toString());
  }
}
