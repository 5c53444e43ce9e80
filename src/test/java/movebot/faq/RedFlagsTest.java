package movebot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RedFlagsTest {
  private final RedFlags flags = SampleKnowledge.load().redFlags();

  private Optional<String> flagOf(String message) {
    return flags.match(message).map(RedFlag::id);
  }

  @Test
  void matchesAPatternAnywhereInTheMessage() {
    assertEquals(Optional.of("fever"), flagOf("my back hurts and I have a fever, what now"));
  }

  @Test
  void ignoresCase() {
    assertEquals(Optional.of("fever"), flagOf("FEVER and back pain"));
  }

  @Test
  void straightensCurlyApostrophes() {
    assertEquals(Optional.of("cauda-equina"), flagOf("I can\u2019t pee since this morning"));
  }

  @Test
  void collapsesWhitespaceIncludingNewlinesAndNoBreakSpaces() {
    assertEquals(Optional.of("cauda-equina"),
        flagOf("I have lost   control\nof my\u00A0bladder"));
  }

  @Test
  void theFirstFlagInFileOrderWins() {
    assertEquals(Optional.of("cauda-equina"), flagOf("fever, and I can't urinate"));
  }

  @Test
  void anOrdinaryQuestionMatchesNothing() {
    assertEquals(Optional.empty(), flagOf("how long should I hold a stretch?"));
  }

  @Test
  void normalisationLowercasesStraightensAndCollapses() {
    assertEquals("i can't move my leg", RedFlags.normalise("  I CAN\u2019T\tmove  my\n leg "));
  }

  @Test
  void patternsWrittenWithCapitalsStillMatchTheLowercasedMessage() {
    RedFlags custom = new RedFlags(List.of(new RedFlags.Rule(
        new RedFlag("x", "X", "See a doctor."),
        List.of(Pattern.compile("Foot Drop", Pattern.CASE_INSENSITIVE)))));
    assertTrue(custom.match("i think i have foot drop").isPresent());
  }
}
