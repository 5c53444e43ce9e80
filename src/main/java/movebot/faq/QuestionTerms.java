package movebot.faq;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The searchable words of one question, each looked up in the index: found as typed, found
 * through a spelling correction, or unknown to the knowledge base.
 */
final class QuestionTerms {
  /** Beyond this many distinct words a message is not a question; the rest is ignored. */
  static final int MAX_TERMS = 32;

  /**
   * A word of the question that the index knows.
   *
   * @param weight 1 when found as typed, {@link Tuning#correctionWeight()} when corrected
   */
  record Found(String text, float weight, TermStates phrase, TermStates answer) {}

  /**
   * @param found the words to search for
   * @param unknown how many words neither the index nor a correction knows
   */
  record Resolved(List<Found> found, int unknown) {
    int size() {
      return found.size() + unknown;
    }
  }

  private QuestionTerms() {}

  static Resolved resolve(String question, FaqIndex index, Tuning tuning) throws IOException {
    Set<String> words = new LinkedHashSet<>(
        FaqAnalysis.terms(index.questionAnalyzer(), FaqIndex.PHRASE, question));
    List<Found> found = new ArrayList<>(Math.min(words.size(), MAX_TERMS));
    int unknown = 0;
    for (String word : words) {
      if (found.size() + unknown == MAX_TERMS) {
        break;
      }
      Found term = lookUp(word, 1f, index);
      if (term == null) {
        String correction = correct(word, index);
        term = correction == null ? null : lookUp(correction, tuning.correctionWeight(), index);
      }
      if (term == null) {
        unknown++;
      } else if (!contains(found, term.text())) {
        found.add(term);
      }
    }
    return new Resolved(found, unknown);
  }

  // A correction can land on a word the question already has ("excercise exercise").
  private static boolean contains(List<Found> found, String text) {
    for (Found term : found) {
      if (term.text().equals(text)) {
        return true;
      }
    }
    return false;
  }

  private static Found lookUp(String word, float weight, FaqIndex index) throws IOException {
    TermStates phrase =
        TermStates.build(index.searcher(), new Term(FaqIndex.PHRASE, word), true);
    TermStates answer =
        TermStates.build(index.searcher(), new Term(FaqIndex.ANSWER, word), true);
    if (phrase.docFreq() == 0 && answer.docFreq() == 0) {
      return null;
    }
    return new Found(word, weight, phrase, answer);
  }

  /**
   * The closest word of the knowledge base's own vocabulary, preferring phrasings to answers,
   * fewer edits, then more common words; null when none is close. One edit is allowed for words
   * of 4 to 6 letters and two for longer ones; shorter words are left alone, since almost any
   * word is one edit from another ("sit", "hit").
   */
  static String correct(String word, FaqIndex index) throws IOException {
    int length = word.codePointCount(0, word.length());
    if (length < 4) {
      return null;
    }
    int maxEdits = length <= 6 ? 1 : 2;
    for (String field : List.of(FaqIndex.PHRASE, FaqIndex.ANSWER)) {
      Terms terms = index.terms(field);
      if (terms == null) {
        continue;
      }
      // Prefix 1: a typo in the first letter is rare, and sharing it prunes most of the
      // vocabulary before the automaton has to look.
      FuzzyTermsEnum candidates =
          new FuzzyTermsEnum(terms, new Term(field, word), maxEdits, 1, true);
      String best = null;
      float bestSimilarity = -1;
      int bestFrequency = -1;
      for (BytesRef candidate = candidates.next(); candidate != null;
          candidate = candidates.next()) {
        float similarity = candidates.getBoost();
        int frequency = candidates.docFreq();
        if (similarity > bestSimilarity
            || (similarity == bestSimilarity && frequency > bestFrequency)) {
          best = candidate.utf8ToString();
          bestSimilarity = similarity;
          bestFrequency = frequency;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }
}
