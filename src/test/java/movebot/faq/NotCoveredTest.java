package movebot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Words the base lists as not covered turn a question away, wherever in it they stand. */
class NotCoveredTest {
  @TempDir Path dir;

  @BeforeEach
  void copySample() {
    SampleKnowledge.copyTo(dir);
  }

  private Answer answer(String question) {
    try {
      return new Answerer(KnowledgeBase.load(dir)).answer(question);
    } catch (KnowledgeException e) {
      throw new AssertionError(e);
    }
  }

  private void notCovered(String word) {
    SampleKnowledge.editJson(dir, "faq.json", root -> root.putArray("not_covered").add(word));
  }

  @Test
  void aNotCoveredWordInTheQuestionTurnsItAway() {
    String question = "is walking good for my back when pregnant";
    assertEquals(Answer.Kind.ANSWER, answer(question).kind(), "before the word was listed");
    notCovered("pregnant");
    assertEquals(Answer.Kind.NO_MATCH, answer(question).kind());
  }

  @Test
  void aNotCoveredWordInTheStoryAroundTheQuestionTurnsItAwayToo() {
    // The story's other words count for nothing against confidence; this one must.
    String question = "I'm six months pregnant. Is walking good for my back?";
    assertEquals(Answer.Kind.ANSWER, answer(question).kind(), "before the word was listed");
    notCovered("pregnant");
    assertEquals(Answer.Kind.NO_MATCH, answer(question).kind());
  }
}
