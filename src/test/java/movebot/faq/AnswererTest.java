package movebot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Search behaviour on the small sample knowledge base. */
class AnswererTest {
  private static final KnowledgeBase BASE = SampleKnowledge.load();
  private static final Answerer ANSWERER = new Answerer(BASE);

  private static void assertAnswers(String expectedId, String question) {
    Answer answer = ANSWERER.answer(question);
    assertEquals(Answer.Kind.ANSWER, answer.kind(), () -> question + " -> " + answer);
    assertEquals(expectedId, answer.entry().orElseThrow().id(), question);
  }

  private static Answer assertRefuses(String question) {
    Answer answer = ANSWERER.answer(question);
    assertEquals(Answer.Kind.NO_MATCH, answer.kind(), () -> question + " -> " + answer);
    return answer;
  }

  @Test
  void answersATitleWordForWord() {
    assertAnswers("hamstring-stretch", "How do I stretch my hamstrings?");
  }

  @Test
  void answersAnAlternateWordForWord() {
    assertAnswers("sitting-breaks", "Is sitting for hours bad for my back?");
  }

  @Test
  void answersAParaphrase() {
    assertAnswers("stretch-hold", "for how long do you hold each stretch");
  }

  @Test
  void answersThroughASynonym() {
    // "tummy" is only in synonyms.txt, grouped with "abdominal".
    assertAnswers("core-strength", "are tummy exercises good for my back");
  }

  @Test
  void answersDespiteAMisspelling() {
    assertAnswers("exercise-with-pain", "should I excercise when my back hurts");
  }

  @Test
  void answersDespiteAMissingLetter() {
    assertAnswers("hamstring-stretch", "how do I stretch my hamstrng");
  }

  @Test
  void anExactAnswerIsFullyConfident() {
    assertEquals(1.0, ANSWERER.answer("How long should I hold a stretch?").score());
  }

  @Test
  void anAnswerSuggestsTwoOrThreeRelatedEntriesButNotItself() {
    Answer answer = ANSWERER.answer("Does walking help back pain?");
    assertTrue(answer.suggestions().size() >= 2, answer::toString);
    assertFalse(answer.suggestions().contains(answer.entry().orElseThrow()));
  }

  @Test
  void aQuestionOfOnlyStopWordsIsNoMatchWithoutSuggestions() {
    Answer answer = assertRefuses("What is it and how do I do that?");
    assertEquals(List.of(), answer.suggestions());
    assertEquals(0.0, answer.score());
  }

  @Test
  void greetingsAndThanksAreNoMatch() {
    for (String message : List.of("hi", "Hello!", "thanks", "thank you so much", "ok")) {
      assertEquals(List.of(), assertRefuses(message).suggestions(), message);
    }
  }

  @Test
  void anOffTopicQuestionIsNoMatchWithAtMostThreeSuggestions() {
    Answer answer = assertRefuses("which running shoes are best for a marathon");
    assertTrue(answer.suggestions().size() <= 3, answer::toString);
  }

  @Test
  void aQuestionWithNoKnownWordOffersNothing() {
    assertEquals(List.of(), assertRefuses("what is the bitcoin price today").suggestions());
  }

  @Test
  void aNearMissOffersTheCloseEntries() {
    // "swimming" matches one entry's alternate, but "safe" points elsewhere and "pregnant" is
    // beyond the base: not an answer, yet the swimming entry is worth offering.
    Answer answer = assertRefuses("is swimming safe when pregnant");
    assertTrue(answer.suggestions().stream().anyMatch(e -> e.id().equals("aerobic-exercise")),
        answer::toString);
  }

  @Test
  void aRedFlagWinsOverAMatchingQuestion() {
    String question = "Does walking help back pain? I also have numbness in my groin";
    Answer answer = ANSWERER.answer(question);
    assertEquals(Answer.Kind.SAFETY, answer.kind());
    assertEquals("cauda-equina", answer.redFlag().orElseThrow().id());
    assertTrue(answer.redFlag().orElseThrow().reply().contains("emergency department"));
  }

  @Test
  void aRedFlagWithoutItsOwnReplyUsesTheDefault() {
    Answer answer = ANSWERER.answer("back pain and a fever since yesterday");
    assertEquals("fever", answer.redFlag().orElseThrow().id());
    assertTrue(answer.redFlag().orElseThrow().reply().startsWith("What you describe"));
  }

  @Test
  void nullAndBlankMessagesAreNoMatch() {
    assertRefuses(null);
    assertRefuses("   \n ");
  }

  @Test
  void aVeryLongMessageIsAnsweredLikeItsWords() {
    String once = "How long should I hold a stretch?";
    assertEquals(ANSWERER.answer(once), ANSWERER.answer((once + " ").repeat(2000)));
  }

  @Test
  void theSentenceThatAsksOutweighsTheStoryAroundIt() {
    // The story's words (sitting, posture) belong to other entries; the question is about
    // holding a stretch.
    assertAnswers("stretch-hold", "I drive a lorry and sit for hours every day, and my posture"
        + " is terrible. My physio gave me stretches. How long should I hold a stretch?");
  }

  @Test
  void wordsOfTheStoryTheBaseNeverUsesDoNotTurnTheQuestionAway() {
    assertAnswers("walking-helps", "I'm a warehouse supervisor on twelve-hour night shifts with"
        + " three kids at home, and my back has been grumbling since the spring."
        + " Is walking good for my back?");
  }

  @Test
  void aStoryEndingInAQuestionThatNamesNothingIsTheQuestion() {
    String question = "I sit at a desk all day and need a break from sitting. What should I do?";
    assertAnswers("sitting-breaks", question);
    // Not measured against the empty "What should I do?", which would make any match infinite.
    assertTrue(ANSWERER.rank(question).confidence(0) < 2, "confidence of a story's question");
  }

  @Test
  void answersTheSameFromManyThreadsAtOnce() throws Exception {
    List<String> questions = List.of("How do I stretch my hamstrings?",
        "is cycling good for back pain", "tummy exercises", "hi", "I can't pee and my back hurts");
    List<Answer> expected = questions.stream().map(ANSWERER::answer).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          for (int round = 0; round < 200; round++) {
            for (int i = 0; i < questions.size(); i++) {
              if (!ANSWERER.answer(questions.get(i)).equals(expected.get(i))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> run : runs) {
        assertTrue(run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
