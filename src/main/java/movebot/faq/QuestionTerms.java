package movebot.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The searchable words of one question, each looked up in the index: found as typed, found
 * through a spelling correction, or unknown to the knowledge base. A word the base lists as
 * not covered ({@link KnowledgeBase#notCovered()}) is unknown, whatever the index holds.
 */
final class QuestionTerms {
  /** Beyond this many distinct words a message is not a question; the rest is ignored. */
  static final int MAX_WORDS = 32;

  /**
   * A word of the question that the index knows.
   *
   * @param weight 1 when found as typed, {@link Tuning#correctionWeight()} when corrected
   */
  record Found(Vocabulary.Term term, float weight) {}

  /**
   * @param found the words to search for, by stem
   * @param unknown how many words neither the index nor a correction knows
   * @param notCovered how many words name something the base lists as not covered
   */
  record Resolved(List<Found> found, int unknown, int notCovered) {
    int size() {
      return found.size() + unknown + notCovered;
    }
  }

  /**
   * How many unknown words a word the base lists as not covered counts as: an unknown word may
   * be a paraphrase the base lacks, while a not-covered one says what the question is about.
   */
  static final int NOT_COVERED_WEIGHT = 3;

  private QuestionTerms() {}

  static Resolved resolve(String question, FaqIndex index, Tuning tuning) {
    Set<String> words =
        FaqAnalysis.distinctTerms(index.questionAnalyzer(), FaqIndex.PHRASE, question, MAX_WORDS);
    List<Found> found = new ArrayList<>(words.size());
    int unknown = 0;
    int notCovered = 0;
    for (String word : words) {
      String stem = index.stem(word);
      if (index.notCovered(stem, word)) {
        notCovered++;
        continue;
      }
      Found term = lookUp(stem, 1f, index);
      if (term == null && !index.spelling().knows(word)) {
        String correction = index.spelling().correct(word);
        String corrected = correction == null ? null : index.stem(correction);
        if (correction != null && index.notCovered(corrected, correction)) {
          notCovered++;
          continue;
        }
        if (correction != null) {
          term = lookUp(corrected, tuning.correctionWeight(), index);
        }
      }
      if (term == null) {
        unknown++;
      } else if (!contains(found, term.term())) {
        found.add(term);
      }
    }
    return new Resolved(found, unknown, notCovered);
  }

  // Two words can share a stem ("walk", "walking"), and a correction can land on a word the
  // question already has ("excercise exercise"): each stem is searched once.
  private static boolean contains(List<Found> found, Vocabulary.Term term) {
    for (Found other : found) {
      if (other.term() == term) {
        return true;
      }
    }
    return false;
  }

  private static Found lookUp(String stem, float weight, FaqIndex index) {
    Vocabulary.Term term = stem == null ? null : index.vocabulary().lookUp(stem);
    return term == null ? null : new Found(term, weight);
  }
}
