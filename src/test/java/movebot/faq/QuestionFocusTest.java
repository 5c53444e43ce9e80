package movebot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionFocusTest {
  private static List<Boolean> asks(String message) {
    return QuestionFocus.sentences(message).stream().map(QuestionFocus.Sentence::asks).toList();
  }

  @Test
  void aMessageOfOneSentenceIsAllQuestion() {
    assertEquals(List.of(true), asks("is walking good for a bad back"));
    assertEquals(List.of(true), asks("I sit all day at work and my back hurts."));
  }

  @Test
  void theSentenceWithTheQuestionMarkAsksAndTheStoryAroundItDoesNot() {
    assertEquals(List.of(false, false, true),
        asks("I'm a nurse on 12-hour shifts. My back has been bad since spring. "
            + "What exercise should I do?"));
  }

  @Test
  void withoutAQuestionMarkTheSentenceThatOpensLikeAQuestionAsks() {
    assertEquals(List.of(false, true, false),
        asks("i drive a truck all week. how often should i stop and walk. thanks a lot"));
  }

  @Test
  void withNeitherTheLastSentenceAsks() {
    assertEquals(List.of(false, true),
        asks("Retired last year and I garden a lot.\nLooking for stretches for my lower back"));
  }

  @Test
  void everySentenceThatAsksCounts() {
    assertEquals(List.of(true, true), asks("Is swimming ok? And how often?"));
  }

  @Test
  void anEmptyMessageHasNoSentences() {
    assertEquals(List.of(), asks("   "));
  }
}
