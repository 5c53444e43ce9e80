package movebot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerTest {
  private static final FaqEntry ENTRY = new FaqEntry("a", "Title", List.of("x", "y", "z"),
      "Answer.", List.of("t"), "s");
  private static final RedFlag FLAG = new RedFlag("f", "Flag", "See a doctor.");

  @Test
  void kindsPrintAsTheJsonContractSaysTheyDo() {
    assertEquals("answer", Answer.Kind.ANSWER.jsonName());
    assertEquals("no_match", Answer.Kind.NO_MATCH.jsonName());
    assertEquals("safety", Answer.Kind.SAFETY.jsonName());
  }

  @Test
  void anAnswerNeedsAnEntry() {
    assertThrows(IllegalArgumentException.class, () ->
        new Answer(Answer.Kind.ANSWER, Optional.empty(), 1, List.of(), Optional.empty()));
  }

  @Test
  void aRefusalHasNoEntry() {
    assertThrows(IllegalArgumentException.class, () ->
        new Answer(Answer.Kind.NO_MATCH, Optional.of(ENTRY), 0, List.of(), Optional.empty()));
  }

  @Test
  void aSafetyReplyNeedsItsFlag() {
    assertThrows(IllegalArgumentException.class, () ->
        new Answer(Answer.Kind.SAFETY, Optional.empty(), 0, List.of(), Optional.empty()));
    assertEquals(FLAG, Answer.safety(FLAG).redFlag().orElseThrow());
  }

  @Test
  void theScoreStaysWithinZeroAndOne() {
    assertThrows(IllegalArgumentException.class, () -> Answer.noMatch(1.5, List.of()));
    assertThrows(IllegalArgumentException.class, () -> Answer.noMatch(Double.NaN, List.of()));
  }

  @Test
  void offersAtMostThreeSuggestions() {
    assertThrows(IllegalArgumentException.class,
        () -> Answer.noMatch(0, List.of(ENTRY, ENTRY, ENTRY, ENTRY)));
  }

  @Test
  void anAnswerDoesNotSuggestItself() {
    assertThrows(IllegalArgumentException.class, () -> Answer.answer(ENTRY, 1, List.of(ENTRY)));
  }

  @Test
  void entriesRejectBlankFields() {
    assertThrows(IllegalArgumentException.class, () ->
        new FaqEntry("a", " ", List.of("x"), "Answer.", List.of("t"), "s"));
    assertThrows(IllegalArgumentException.class, () ->
        new FaqEntry("a", "Title", List.of("x", ""), "Answer.", List.of("t"), "s"));
  }

  @Test
  void entriesCopyTheirLists() {
    List<String> tags = new java.util.ArrayList<>(List.of("t"));
    FaqEntry entry = new FaqEntry("a", "Title", List.of("x"), "Answer.", tags, "s");
    tags.add("u");
    assertEquals(List.of("t"), entry.tags());
  }
}
