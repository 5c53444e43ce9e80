package movebot.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * Ranks entries for a question and gives each a confidence.
 *
 * <p>The Lucene score of an entry (BM25 over its best phrasing, plus a smaller share for its
 * answer text) is divided by the score the question would get against an entry made of exactly
 * its own words: the best it could hope for. The ratio says how much of the question the entry
 * accounts for, weighted by how telling each word is (a rare word like "sciatica" counts more
 * than "back"). Raw scores cannot be compared across questions; the ratio can, so one threshold
 * serves every question. Words the base has never seen keep their place in the denominator at
 * the highest weight, so a question about something else ("my dog is limping") stays far from 1
 * even when a common word matches; a misspelt word found through its correction earns only part
 * of its share.
 */
final class Ranker {
  /** The best entry and three more, enough for the suggestions of a refusal. */
  static final int MAX_CANDIDATES = 1 + Answer.MAX_SUGGESTIONS;

  // Entries have several phrasings each; this many documents yield enough distinct entries.
  private static final int TOP_DOCS = 40;

  // Statistics need a term, but only its frequencies matter to BM25.
  private static final BytesRef WORD = new BytesRef("w");

  /**
   * An entry, by position in the knowledge base, and its confidence: about 1 for a question
   * worded like one of its phrasings, above 1 when the answer text adds to a full match.
   */
  record Candidate(int entry, double confidence) {}

  /**
   * The outcome of a search.
   *
   * @param candidates the best entries, most confident first
   * @param words the searchable words of the question, known or not
   */
  record Ranking(List<Candidate> candidates, int words) {
    double confidence(int rank) {
      return rank < candidates.size() ? candidates.get(rank).confidence() : 0;
    }
  }

  private final FaqIndex index;
  private final Tuning tuning;
  private final BM25Similarity similarity;
  private final long answerNorm;

  Ranker(FaqIndex index, Tuning tuning) {
    this.index = index;
    this.tuning = tuning;
    this.similarity = new BM25Similarity(tuning.k1(), tuning.b());
    CollectionStatistics answers = index.answerStatistics();
    this.answerNorm = SmallFloat.intToByte4(
        (int) Math.round((double) answers.sumTotalTermFreq() / answers.docCount()));
  }

  Ranking rank(String question) {
    try {
      QuestionTerms.Resolved terms = QuestionTerms.resolve(question, index, tuning);
      if (terms.found().isEmpty()) {
        return new Ranking(List.of(), terms.size());
      }
      return search(terms);
    } catch (IOException e) {
      throw new UncheckedIOException("searching the in-memory index failed", e);
    }
  }

  private Ranking search(QuestionTerms.Resolved terms) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (QuestionTerms.Found term : terms.found()) {
      if (term.phrase().docFreq() > 0) {
        query.add(clause(FaqIndex.PHRASE, term, term.phrase(), tuning.phraseBoost()));
      }
      if (term.answer().docFreq() > 0) {
        query.add(clause(FaqIndex.ANSWER, term, term.answer(), tuning.answerBoost()));
      }
    }
    TopDocs top = index.searcher().search(query.build(), TOP_DOCS);
    double best = selfScore(terms);
    List<Candidate> candidates = new ArrayList<>(MAX_CANDIDATES);
    for (ScoreDoc hit : top.scoreDocs) {
      int entry = index.entryOf(hit.doc);
      // Hits come best first, so the first hit of an entry is its best phrasing.
      if (!contains(candidates, entry)) {
        candidates.add(new Candidate(entry, hit.score / best));
        if (candidates.size() == MAX_CANDIDATES) {
          break;
        }
      }
    }
    return new Ranking(candidates, terms.size());
  }

  private static boolean contains(List<Candidate> candidates, int entry) {
    for (Candidate candidate : candidates) {
      if (candidate.entry() == entry) {
        return true;
      }
    }
    return false;
  }

  private static BooleanClause clause(
      String field, QuestionTerms.Found term, TermStates states, float boost) {
    TermQuery query = new TermQuery(new Term(field, term.text()), states);
    return new BooleanClause(
        new BoostQuery(query, boost * term.weight()), BooleanClause.Occur.SHOULD);
  }

  /**
   * The score of the best entry this question could hope for: a phrasing made of exactly the
   * question's words, each once, with an answer of average length that also uses each word
   * once. Lucene's own BM25 scorer computes it from the statistics the search used, so a
   * question identical to a phrasing has a confidence close to 1.
   */
  private double selfScore(QuestionTerms.Resolved terms) {
    long phraseNorm = SmallFloat.intToByte4(terms.size());
    double score = 0;
    for (QuestionTerms.Found term : terms.found()) {
      score += tuning.phraseBoost() * once(index.phraseStatistics(), term.phrase(), phraseNorm);
      score += tuning.answerBoost() * once(index.answerStatistics(), term.answer(), answerNorm);
    }
    score += terms.unknown() * tuning.unknownWeight()
        * (tuning.phraseBoost() * once(index.phraseStatistics(), null, phraseNorm)
            + tuning.answerBoost() * once(index.answerStatistics(), null, answerNorm));
    return score;
  }

  /** The BM25 score of one occurrence of {@code term} in a field of the given length. */
  private float once(CollectionStatistics field, TermStates term, long norm) {
    // A word absent from the field is rated as the rarest there: present in one document.
    long docFreq = term == null ? 1 : Math.max(term.docFreq(), 1);
    long totalFreq = term == null ? 1 : Math.max(term.totalTermFreq(), docFreq);
    SimScorer scorer =
        similarity.scorer(1f, field, new TermStatistics(WORD, docFreq, totalFreq));
    return scorer.score(1f, norm);
  }
}
