package movebot.faq;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * The score a question would get against an entry made of exactly its own words: phrasings
 * holding each word once (as many as the ranker counts, {@link Ranker#PHRASING_WEIGHTS}), and an
 * entry document of typical length that also holds each word once.
 * It is the best the question could hope for, so dividing an entry's real score by it gives a
 * confidence comparable across questions (see {@link Ranker}).
 *
 * <p>It is Lucene's BM25, from the statistics the search itself uses, so a question worded exactly
 * like a phrasing has a confidence close to 1. A word absent from a field weighs as the rarest word
 * there; a word the base has never seen weighs so in every field, times {@link
 * Tuning#unknownWeight()}, and a word the base lists as not covered weighs {@link
 * QuestionTerms#NOT_COVERED_WEIGHT} times that; a word too common to be searched in a field ({@link
 * #searched}) is left out of that field on both sides of the ratio.
 */
final class SelfScore {
  /** A question's own words would meet every phrasing the ranker counts, at its weight. */
  private static final float PHRASINGS_COUNTED = phrasingsCounted();

  private final FaqIndex index;
  private final Tuning tuning;
  // BM25 scores one occurrence of a word as its idf times a factor of the field's length, the
  // same for every word; the factors are computed once, per question length and per field.
  private final float[] phraseLengthFactor;
  private final float[] typicalLengthFactor;

  SelfScore(FaqIndex index, Tuning tuning) {
    this.index = index;
    this.tuning = tuning;
    this.phraseLengthFactor = new float[QuestionTerms.MAX_WORDS + 1];
    for (int words = 1; words <= QuestionTerms.MAX_WORDS; words++) {
      phraseLengthFactor[words] = lengthFactor(0, words);
    }
    this.typicalLengthFactor = new float[FaqIndex.SEARCHED.size()];
    for (int i = 1; i < typicalLengthFactor.length; i++) {
      CollectionStatistics field = index.statistics(i);
      typicalLengthFactor[i] = field == null ? 0
          : lengthFactor(i, (int) Math.round((double) field.sumTotalTermFreq()
              / field.docCount()));
    }
  }

  private static float phrasingsCounted() {
    float sum = 0;
    for (float weight : Ranker.PHRASING_WEIGHTS) {
      sum += weight;
    }
    return sum;
  }

  /** BM25's score of one occurrence of a word in a field of {@code length} words, over idf. */
  private float lengthFactor(int field, int length) {
    CollectionStatistics statistics = index.statistics(field);
    if (statistics == null) {
      return 0;
    }
    float once = index.similarity()
        .scorer(1f, statistics, new TermStatistics(new BytesRef("t"), 1, 1))
        .score(1f, SmallFloat.intToByte4(length));
    return once / index.vocabulary().rarestIdf(field);
  }

  /**
   * Whether {@code term} is searched in the {@code i}-th field: it must occur there, and in at
   * most {@link Tuning#commonShare()} of the field's documents. The ranker's queries and this
   * score follow the same rule, or the ratio would mean nothing.
   */
  boolean searched(Vocabulary.Term term, int i) {
    int docFreq = term.docFreq(i);
    return docFreq > 0 && tuning.boost(i) > 0
        && docFreq <= tuning.commonShare() * index.statistics(i).docCount();
  }

  double of(QuestionTerms.Resolved terms) {
    double score = 0;
    for (int i = 0; i < FaqIndex.SEARCHED.size(); i++) {
      if (tuning.boost(i) == 0 || index.statistics(i) == null) {
        continue;
      }
      float rarest = index.vocabulary().rarestIdf(i);
      double idf = (terms.unknown() + QuestionTerms.NOT_COVERED_WEIGHT * terms.notCovered())
          * tuning.unknownWeight() * rarest;
      for (QuestionTerms.Found found : terms.found()) {
        if (!found.asked()) {
          continue;
        } else if (found.term().docFreq(i) == 0) {
          idf += rarest;
        } else if (searched(found.term(), i)) {
          idf += found.term().idf()[i];
        }
      }
      float lengthFactor = i == 0 ? phraseLengthFactor[terms.size()] : typicalLengthFactor[i];
      score += (i == 0 ? PHRASINGS_COUNTED : 1) * tuning.boost(i) * lengthFactor * idf;
    }
    return score;
  }
}
