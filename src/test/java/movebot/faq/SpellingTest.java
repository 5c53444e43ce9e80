package movebot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpellingTest {
  private final Spelling spelling = Spelling.build(SampleKnowledge.load());

  @Test
  void knowsTheWordsOfTheBaseAndOfTheSynonymsFile() {
    assertTrue(spelling.knows("hamstrings"));
    assertTrue(spelling.knows("tummy"));
    assertFalse(spelling.knows("hamstrng"));
  }

  @Test
  void correctsAMissingLetter() {
    assertEquals("hamstrings", spelling.correct("hamstrngs"));
  }

  @Test
  void correctsAnExtraLetter() {
    assertEquals("exercise", spelling.correct("excercise"));
  }

  @Test
  void correctsTwoSwappedLettersAsOneEdit() {
    // Six letters allow one edit only; a swap counts as one.
    assertEquals("breaks", spelling.correct("braeks"));
  }

  @Test
  void allowsTwoEditsFromSevenLetters() {
    assertEquals("exercise", spelling.correct("exersize"));
  }

  @Test
  void takesTwoLettersMoreOrFewerForAnotherWord() {
    // Two letters short of "hamstring" is within two edits, but more likely another word.
    assertNull(spelling.correct("hamstri"));
    assertEquals("hamstrings", spelling.correct("hamstrigns"));
  }

  @Test
  void leavesWordsOfThreeLettersAlone() {
    assertNull(spelling.correct("ab"));
    assertNull(spelling.correct("bck"));
  }

  @Test
  void neverChangesTheFirstLetter() {
    assertNull(spelling.correct("xercise"));
  }

  @Test
  void neverCorrectsToAWordBeyondTheEditLimit() {
    // Four letters allow one edit; "cats" and "cause" share the deletion "cas" but are two
    // edits apart.
    assertNull(spelling.correct("cats"));
  }

  @Test
  void returnsNothingWhenNoWordIsClose() {
    assertNull(spelling.correct("bitcoin"));
  }

  @Test
  void editDistanceCountsASwapAsOneEdit() {
    assertEquals(1, EditDistance.between("muscels", "muscles", 2));
    assertEquals(2, EditDistance.between("excersise", "exercise", 2));
    assertEquals(3, EditDistance.between("walking", "talk", 2));
  }
}
