package movebot.faq;

/**
 * Decides between answering and admitting there is no match, from the confidences of {@link
 * Ranker}: the share of the question an entry accounts for, 1 for a question worded exactly like
 * one of its phrasings.
 *
 * <p>Answer when the first entry's confidence reaches {@link Tuning#answerAt()} and search's best
 * confidence either reaches {@link Tuning#sureAt()} or leads the runner-up by {@link
 * Tuning#margin()}: two entries that explain a question about equally well are a guess, and a
 * wrong answer costs the user more than three buttons to choose from. The lead is search's own,
 * whatever order the likelihoods of {@link EntryClassifier} put the entries in: they choose
 * which close entry comes first, not whether one is close enough. A question {@link Ranker}
 * finds off topic is never answered: nearer to the examples of questions the base does not
 * answer than to any entry, or likely to be one of them by the classifier. The thresholds are
 * calibrated on the development questions of {@code src/test/resources/eval/} with {@code
 * ConfidenceCalibration} in the tests.
 */
final class ConfidenceRule {
  private final Tuning tuning;

  ConfidenceRule(Tuning tuning) {
    this.tuning = tuning;
  }

  boolean answers(Ranker.Ranking ranking) {
    if (ranking.offTopic() || ranking.candidates().isEmpty()) {
      return false;
    }
    double best = ranking.highestConfidence(0);
    double lead = best - ranking.highestConfidence(1);
    return ranking.confidence(0) >= tuning.answerAt()
        && (best >= tuning.sureAt() || lead >= tuning.margin());
  }

  /** Close enough to offer as a suggestion when there is no answer. */
  boolean suggests(Ranker.Candidate candidate) {
    return candidate.confidence() >= tuning.suggestAt();
  }
}
