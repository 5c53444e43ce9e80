package movebot.faq;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a ranking is answered: the thresholds of {@link Tuning#DEFAULT}, 0.30/0.35/0.06/0.20. */
class ConfidenceRuleTest {
  private static final ConfidenceRule RULE = new ConfidenceRule(Tuning.DEFAULT);

  private static Ranker.Ranking ranking(double... confidenceThenLikelihood) {
    List<Ranker.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < confidenceThenLikelihood.length; i += 2) {
      candidates.add(new Ranker.Candidate(
          i / 2, confidenceThenLikelihood[i], confidenceThenLikelihood[i + 1]));
    }
    return new Ranker.Ranking(candidates, false);
  }

  @Test
  void aSureEntryIsAnswered() {
    assertTrue(RULE.answers(ranking(0.9, 0, 0.85, 0)));
  }

  @Test
  void belowSureItNeedsALeadOverTheRunnerUp() {
    assertTrue(RULE.answers(ranking(0.32, 0, 0.25, 0)), "lead 0.07");
    assertFalse(RULE.answers(ranking(0.32, 0, 0.28, 0)), "lead 0.04");
  }

  @Test
  void theLeadIsSearchsOwnWhateverOrderTheLikelihoodsGive() {
    // Put in order by likelihood, the first is not the most confident. Search's best, 0.34, is
    // below sureAt and leads its runner-up by 0.03 only: a guess between two entries.
    assertFalse(RULE.answers(ranking(0.31, 0.6, 0.34, 0.1)));
    // Search's best reaches sureAt: answered, by the entry put first.
    assertTrue(RULE.answers(ranking(0.31, 0.6, 0.41, 0.1)));
  }

  @Test
  void theEntryAnsweredMustItselfReachAnswerAt() {
    assertFalse(RULE.answers(ranking(0.25, 0.7, 0.5, 0.1)));
  }

  @Test
  void howeverLikelyTheExamplesMakeAnEntryItNeedsTheConfidence() {
    // "I'm 6 months pregnant with back ache, can I still do planks?": the examples know planks,
    // but a word the base lists as not covered holds search's confidence down, as it should.
    assertFalse(RULE.answers(ranking(0.23, 0.95, 0.18, 0.01)));
  }

  @Test
  void nothingFoundOrNearerToTheOffTopicExamplesIsNeverAnswered() {
    assertFalse(RULE.answers(ranking()));
    assertFalse(RULE.answers(new Ranker.Ranking(ranking(0.9, 0.9).candidates(), true)));
  }
}
