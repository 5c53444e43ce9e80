package movebot.faq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Corrects misspelt question words against the words the knowledge base really uses, as
 * written (stems of misspellings are unpredictable: "exercize" stems to "exerc").
 *
 * <p>Lucene's {@code FuzzyTermsEnum} builds a Levenshtein automaton per word, which costs about
 * half a millisecond: more than the whole answer may take. Instead, every word of the base is
 * filed at build time under each string obtained by deleting up to two of its letters (the
 * "symmetric delete" method), and a question word is corrected by looking up its own deletions:
 * two words are within n edits only if they share a deletion of at most n letters each. The few
 * candidates found are then checked with a true edit distance.
 */
final class Spelling {
  private final Map<String, Integer> frequency;
  private final Map<String, List<String>> byDeletion;

  private Spelling(Map<String, Integer> frequency, Map<String, List<String>> byDeletion) {
    this.frequency = frequency;
    this.byDeletion = byDeletion;
  }

  static Spelling build(KnowledgeBase base) {
    Map<String, Integer> frequency = new HashMap<>();
    try (Analyzer surface = FaqAnalysis.surface()) {
      for (String text : texts(base)) {
        for (String word : new HashSet<>(FaqAnalysis.terms(surface, "word", text))) {
          frequency.merge(word, 1, Integer::sum);
        }
      }
    }
    Map<String, List<String>> byDeletion = new HashMap<>();
    for (String word : frequency.keySet()) {
      for (String deletion : deletions(word, maxEdits(word.length() + 2))) {
        byDeletion.computeIfAbsent(deletion, d -> new ArrayList<>(1)).add(word);
      }
    }
    return new Spelling(Map.copyOf(frequency), byDeletion);
  }

  private static List<String> texts(KnowledgeBase base) {
    List<String> texts = new ArrayList<>();
    for (FaqEntry entry : base.entries()) {
      texts.addAll(entry.phrasings());
      texts.add(entry.answer());
    }
    texts.addAll(base.synonyms().phrases());
    // Words the base does not cover are corrected to as well, so that "matress" is taken for
    // "mattress", which is not covered, rather than for "matters", which the base uses.
    texts.addAll(base.notCovered());
    return texts;
  }

  /**
   * One edit is allowed for words of 4 to 6 letters and two for longer ones; shorter words are
   * left alone, since almost any short word is one edit from another ("sit", "hit").
   */
  static int maxEdits(int length) {
    return length < 4 ? 0 : length <= 6 ? 1 : 2;
  }

  /** Whether the knowledge base uses {@code word} as written. */
  boolean knows(String word) {
    return frequency.containsKey(word);
  }

  /**
   * The closest word the knowledge base uses, with the same first letter (a wrong first letter
   * is a rare typo): fewest edits, then the word used in most texts, then alphabetical; null
   * when none is within reach.
   */
  String correct(String word) {
    int maxEdits = maxEdits(word.length());
    if (maxEdits == 0) {
      return null;
    }
    String best = null;
    int bestEdits = maxEdits + 1;
    int bestFrequency = 0;
    for (String deletion : deletions(word, maxEdits)) {
      for (String candidate : byDeletion.getOrDefault(deletion, List.of())) {
        int edits = EditDistance.between(word, candidate, maxEdits);
        if (edits > maxEdits) {
          continue; // shares a deletion, but is further away than that ("diet", "drive")
        }
        if (edits > 1 && Math.abs(word.length() - candidate.length()) > 1) {
          continue; // two letters dropped or added is a different word ("weather", "water")
        }
        int used = frequency.get(candidate);
        if (edits < bestEdits || (edits == bestEdits && (used > bestFrequency
            || (used == bestFrequency && candidate.compareTo(best) < 0)))) {
          best = candidate;
          bestEdits = edits;
          bestFrequency = used;
        }
      }
    }
    return best;
  }

  /**
   * {@code word} and every string made by deleting up to {@code edits} of its letters after
   * the first, which correction never changes.
   */
  static Set<String> deletions(String word, int edits) {
    Set<String> all = new HashSet<>();
    all.add(word);
    List<String> frontier = List.of(word);
    for (int round = 0; round < edits; round++) {
      List<String> next = new ArrayList<>();
      for (String text : frontier) {
        for (int i = 1; i < text.length(); i++) {
          String shorter = text.substring(0, i) + text.substring(i + 1);
          if (all.add(shorter)) {
            next.add(shorter);
          }
        }
      }
      frontier = next;
    }
    return all;
  }
}
