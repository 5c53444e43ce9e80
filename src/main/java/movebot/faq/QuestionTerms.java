package movebot.faq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
   * @param asked whether a sentence that asks holds the word, rather than only the story around
   *     the question (see {@link QuestionFocus})
   */
  record Found(Vocabulary.Term term, float weight, boolean asked) {
    /** How much the word counts: its weight, times {@code contextShare} if it was not asked. */
    float weight(float contextShare) {
      return asked ? weight : weight * contextShare;
    }
  }

  /**
   * @param found the words to search for, by stem
   * @param unknown how many asked words neither the index nor a correction knows
   * @param notCovered how many words name something the base lists as not covered, asked or
   *     not: "I'm pregnant, which exercises are safe?" is about pregnancy wherever it says so
   * @param size how many searchable words the question has, known or not, asked or not
   */
  record Resolved(List<Found> found, int unknown, int notCovered, int size) {}

  /**
   * How many unknown words a word the base lists as not covered counts as: an unknown word may
   * be a paraphrase the base lacks, while a not-covered one says what the question is about.
   */
  static final int NOT_COVERED_WEIGHT = 3;

  private QuestionTerms() {}

  static Resolved resolve(String question, FaqIndex index, Tuning tuning) {
    Map<String, Boolean> words = words(question, index);
    List<Found> found = new ArrayList<>(words.size());
    int unknown = 0;
    int notCovered = 0;
    for (Map.Entry<String, Boolean> each : words.entrySet()) {
      String word = each.getKey();
      boolean asked = each.getValue();
      String stem = index.stem(word);
      if (index.notCovered(stem, word)) {
        notCovered++;
        continue;
      }
      Found term = lookUp(stem, 1f, asked, index);
      if (term == null && !index.spelling().knows(word)) {
        String correction = index.spelling().correct(word);
        String corrected = correction == null ? null : index.stem(correction);
        if (correction != null && index.notCovered(corrected, correction)) {
          notCovered++;
          continue;
        }
        if (correction != null) {
          term = lookUp(corrected, tuning.correctionWeight(), asked, index);
        }
      }
      if (term == null) {
        unknown += asked ? 1 : 0;
      } else if (!contains(found, term.term())) {
        found.add(term);
      }
    }
    return new Resolved(found, unknown, notCovered, words.size());
  }

  /**
   * The question's distinct words, those of the sentences that ask first, each with whether it
   * was asked (see {@link QuestionFocus}), at most {@link #MAX_WORDS} of them.
   */
  private static Map<String, Boolean> words(String question, FaqIndex index) {
    Map<String, Boolean> words = new LinkedHashMap<>();
    List<QuestionFocus.Sentence> sentences = QuestionFocus.sentences(question);
    for (boolean asking : new boolean[] {true, false}) {
      // "What should I do?" after a story names nothing: then the story is the question.
      boolean storyAsks = !asking && words.isEmpty();
      for (QuestionFocus.Sentence sentence : sentences) {
        if (sentence.asks() != asking) {
          continue;
        }
        for (String word : FaqAnalysis.distinctTerms(
            index.questionAnalyzer(), FaqIndex.PHRASE, sentence.text(), MAX_WORDS)) {
          if (words.size() == MAX_WORDS) {
            return words;
          }
          words.putIfAbsent(word, asking || storyAsks);
        }
      }
    }
    return words;
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

  private static Found lookUp(String stem, float weight, boolean asked, FaqIndex index) {
    Vocabulary.Term term = stem == null ? null : index.vocabulary().lookUp(stem);
    return term == null ? null : new Found(term, weight, asked);
  }
}
