package movebot.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * Ranks entries for a question and gives each a confidence.
 *
 * <p>An entry's score is the Lucene BM25 score of its best phrasing, plus half that of its
 * second and a quarter that of its third ({@link #PHRASING_WEIGHTS}), plus that of its entry
 * document (all phrasings together, and the answer). Two top-k searches, one over phrasings and
 * one over entry documents, each free to skip hopeless documents, nominate candidates; each
 * candidate is then scored exactly on both. (A block-join query computes the same thing but
 * must score every matching phrasing of every entry: several times slower on a large base.)
 *
 * <p>Entries that both reach a full match ({@link #FULL_MATCH}) are ranked by their closest
 * phrasing rather than by score (see {@link #score}).
 *
 * <p>The confidence of an entry is its score divided by the score the question would get
 * against an entry made of exactly its own words: the best it could hope for. The ratio says
 * how much of the question the entry accounts for, weighted by how telling each word is (a rare
 * word like "sciatica" counts more than "back"). Raw scores cannot be compared across questions;
 * the ratio can, so one threshold serves every question. Words the base has never seen keep
 * their place in the denominator at the highest weight, so a question about something else ("my
 * dog is limping") stays far from 1 even when a common word matches; a misspelt word found
 * through its correction earns only part of its share.
 *
 * <p>When the base has examples, the entries search found are then put in order by confidence
 * plus {@link Tuning#likelihoodWeight()} times their likelihood by {@link EntryClassifier}: of
 * two entries search finds about equally close, the one people ask this way comes first.
 */
final class Ranker {
  /** The best entry and three more, enough for the suggestions of a refusal. */
  static final int MAX_CANDIDATES = 1 + Answer.MAX_SUGGESTIONS;

  /**
   * How much an entry's best, second and third phrasings count. With examples, an entry has dozens
   * of phrasings; several of them meeting the question is more evidence than one, which may share
   * its words by chance. Measured on dev3 and dev7 (512 answerable questions outside the
   * examples) with the thresholds recalibrated: 475 right with the best phrasing alone, 483 with
   * 1, 0.5, 0.25 (about as many with 1, 0.7, 0.5), off-topic refusals unchanged.
   */
  static final float[] PHRASING_WEIGHTS = {1f, 0.5f, 0.25f};

  // How many phrasings and entry documents each search nominates. An entry in the true top
  // four is in practice near the top of at least one of the two lists.
  private static final int PHRASINGS_POOL = 24;
  private static final int ENTRIES_POOL = 12;

  /**
   * The confidence of an entry that accounts for the whole question. Beyond it, more score comes
   * only from the answer text repeating the question's words, which says little about which
   * entry was asked: a generic question made of common words ("exercise for back pain") takes
   * many entries past it, and they are told apart by their closest phrasing instead.
   */
  static final double FULL_MATCH = 1.0;

  /**
   * An entry, by position in the knowledge base; its confidence, about 1 for a question worded
   * like one of its phrasings, above 1 when the answer text adds to a full match; and its
   * likelihood by {@link EntryClassifier}, 0 for a base without examples.
   */
  record Candidate(int entry, double confidence, double likelihood) {}

  /**
   * The outcome of a search.
   *
   * @param candidates the best entries, most confident first
   * @param offTopic whether the question came nearer to the examples of questions the base does
   *     not answer than to any entry (they are never a candidate), or the classifier found it
   *     likely to be one of them (see {@link #reorder})
   */
  record Ranking(List<Candidate> candidates, boolean offTopic) {
    /** The confidence of the candidate at {@code rank}; 0 if there is none. */
    double confidence(int rank) {
      return rank < candidates.size() ? candidates.get(rank).confidence() : 0;
    }

    /**
     * The {@code rank}-th highest confidence of any candidate, 0 if there is none: the
     * confidences in the order search alone would give, before the likelihoods of {@link
     * EntryClassifier} have their say.
     */
    double highestConfidence(int rank) {
      if (rank >= candidates.size()) {
        return 0;
      }
      double[] confidences = new double[candidates.size()];
      for (int i = 0; i < confidences.length; i++) {
        confidences[i] = candidates.get(i).confidence();
      }
      Arrays.sort(confidences);
      return confidences[confidences.length - 1 - rank];
    }
  }

  private final FaqIndex index;
  private final EntryClassifier classifier;
  private final Tuning tuning;
  private final SelfScore selfScore;

  Ranker(FaqIndex index, EntryClassifier classifier, Tuning tuning) {
    this.index = index;
    this.classifier = classifier;
    this.tuning = tuning;
    this.selfScore = new SelfScore(index, tuning);
  }

  Ranking rank(String question) {
    QuestionTerms.Resolved terms = QuestionTerms.resolve(question, index, tuning);
    if (terms.found().isEmpty()) {
      return new Ranking(List.of(), false);
    }
    try {
      Ranking ranking = search(terms);
      return classifier.trained()
          ? reorder(ranking, classifier.likelihoods(question, terms))
          : ranking;
    } catch (IOException e) {
      throw new UncheckedIOException("searching the in-memory index failed", e);
    }
  }

  private Ranking search(QuestionTerms.Resolved terms) throws IOException {
    Weight phrasings = weight(index.phrasings(), query(terms, 0, 1));
    Weight entries = weight(index.entries(), query(terms, 1, FaqIndex.SEARCHED.size()));
    int[] nominated = nominate(phrasings, entries);
    float[] closeness = new float[nominated.length];
    float[] scores = score(phrasings, entries, nominated, closeness);
    double best = selfScore.of(terms);
    double full = FULL_MATCH * best;
    Integer[] order = new Integer[nominated.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Best first, a full match counting as no better than any other full match; among those,
    // the closest phrasing first; then the higher score; then file order, so that ties always
    // break the same way.
    Arrays.sort(order, (a, b) -> {
      double capped = Math.min(scores[b], full) - Math.min(scores[a], full);
      if (capped != 0) {
        return capped > 0 ? 1 : -1;
      }
      if (closeness[a] != closeness[b]) {
        return Float.compare(closeness[b], closeness[a]);
      }
      return scores[a] != scores[b] ? Float.compare(scores[b], scores[a])
          : Integer.compare(nominated[a], nominated[b]);
    });
    List<Candidate> candidates = new ArrayList<>(MAX_CANDIDATES);
    boolean offTopic = false;
    for (int i = 0; i < order.length && candidates.size() < MAX_CANDIDATES; i++) {
      if (scores[order[i]] <= 0) {
        continue;
      }
      if (nominated[order[i]] == index.offTopic()) {
        offTopic = candidates.isEmpty();
      } else {
        candidates.add(new Candidate(nominated[order[i]], scores[order[i]] / best, 0));
      }
    }
    return new Ranking(candidates, offTopic);
  }

  /**
   * The candidates by confidence plus {@link Tuning#likelihoodWeight()} times likelihood: among
   * the entries search found, the one the examples say people ask this way comes first. Search
   * alone chooses which entries are candidates.
   *
   * <p>The question is also off topic when no entry accounts for all of it and the classifier
   * finds it at least {@link Tuning#offTopicAt()} likely to be one of the questions the base
   * does not answer. A one-word question whose word only an example holds ("tell me a joke",
   * from "crawling like a baby, is this a joke?") gets a high confidence from search, which
   * weighs the words a question has, not the ones it lacks; the classifier has seen hundreds of
   * off-topic questions and weighs them all.
   */
  private Ranking reorder(Ranking ranking, double[] likelihoods) {
    double weight = tuning.likelihoodWeight();
    List<Candidate> candidates = new ArrayList<>(ranking.candidates().size());
    for (Candidate c : ranking.candidates()) {
      candidates.add(new Candidate(c.entry(), c.confidence(), likelihoods[c.entry()]));
    }
    // A stable sort: equal candidates keep the order search gave them.
    candidates.sort(Comparator.comparingDouble(
        (Candidate c) -> -(c.confidence() + weight * c.likelihood())));
    boolean offTopic = ranking.offTopic()
        || ranking.highestConfidence(0) < FULL_MATCH
            && likelihoods[likelihoods.length - 1] >= tuning.offTopicAt();
    return new Ranking(candidates, offTopic);
  }

  /** One SHOULD clause per word for the fields {@code from} (inclusive) to {@code to}. */
  private Query query(QuestionTerms.Resolved terms, int from, int to) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (QuestionTerms.Found found : terms.found()) {
      for (int i = from; i < to; i++) {
        if (selfScore.searched(found.term(), i)) {
          TermQuery match = new TermQuery(
              new Term(FaqIndex.SEARCHED.get(i), found.term().text()), found.term().states()[i]);
          query.add(new BoostQuery(match, tuning.boost(i) * found.weight(tuning.contextShare())),
              BooleanClause.Occur.SHOULD);
        }
      }
    }
    return query.build();
  }

  /**
   * One weight serves both the top-k search and the exact scoring: building a weight sets up a
   * BM25 scorer per clause, the larger part of a query's cost on a small base.
   */
  private static Weight weight(FaqIndex.Part part, Query query) throws IOException {
    IndexSearcher searcher = part.searcher();
    return searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
  }

  /** The entries either search puts near the top, in index order, each once. */
  private int[] nominate(Weight phrasings, Weight entries) throws IOException {
    ScoreDoc[] byPhrasing = top(index.phrasings(), phrasings, PHRASINGS_POOL);
    ScoreDoc[] byEntry = top(index.entries(), entries, ENTRIES_POOL);
    int[] nominated = new int[byPhrasing.length + byEntry.length];
    int count = 0;
    for (ScoreDoc hit : byPhrasing) {
      nominated[count++] = index.entryOfPhrasing(hit.doc);
    }
    for (ScoreDoc hit : byEntry) {
      nominated[count++] = hit.doc; // entry documents are in entry order
    }
    Arrays.sort(nominated, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || nominated[distinct - 1] != nominated[i]) {
        nominated[distinct++] = nominated[i];
      }
    }
    return Arrays.copyOf(nominated, distinct);
  }

  /**
   * The {@code count} best documents. Total hits are not needed, so the collector may start
   * skipping documents that cannot make the top as soon as it holds {@code count} of them
   * (IndexSearcher's default counts the first 1,000 hits exactly first).
   */
  private static ScoreDoc[] top(FaqIndex.Part part, Weight weight, int count)
      throws IOException {
    BulkScorer scorer = weight.bulkScorer(part.leaf());
    if (scorer == null) {
      return new ScoreDoc[0];
    }
    TopScoreDocCollector collector = new TopScoreDocCollectorManager(count, count).newCollector();
    LeafCollector leaf = collector.getLeafCollector(part.leaf());
    scorer.score(leaf, part.leaf().reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
    leaf.finish();
    return collector.topDocs().scoreDocs;
  }

  /** Keeps {@code top} the highest scores seen so far, highest first. */
  private static void insert(float[] top, float score) {
    for (int k = 0; k < top.length; k++) {
      if (score > top[k]) {
        System.arraycopy(top, k, top, k + 1, top.length - k - 1);
        top[k] = score;
        return;
      }
    }
  }

  /**
   * Each nominated entry's phrasing scores ({@link #PHRASING_WEIGHTS}) plus its entry document's
   * score, and in {@code
   * closeness} the same sum with the phrasing that is closest to the question in place of the
   * best-scoring one. Nominees come in entry order, and so do the documents of both indexes, so
   * each scorer only moves forward.
   *
   * <p>A phrasing's closeness is its score times the share of the phrasing the question accounts
   * for (its score over what it would score against its own words): a phrasing that holds the
   * question's words and little else, "what does exercise do for your back", is closer than one
   * that holds them among many others, "benefits of water exercise for a bad back".
   */
  private float[] score(Weight phrasings, Weight entries, int[] nominated, float[] closeness)
      throws IOException {
    Scorer phrase = phrasings.scorer(index.phrasings().leaf());
    Scorer entry = entries.scorer(index.entries().leaf());
    float[] scores = new float[nominated.length];
    float[] top = new float[PHRASING_WEIGHTS.length];
    for (int i = 0; i < nominated.length; i++) {
      int nominee = nominated[i];
      float best = 0;
      float closest = 0;
      if (phrase != null) {
        DocIdSetIterator docs = phrase.iterator();
        int first = index.firstPhrasing(nominee);
        int end = index.endOfPhrasings(nominee);
        int doc = docs.docID() < first ? docs.advance(first) : docs.docID();
        Arrays.fill(top, 0f);
        for (; doc < end; doc = docs.nextDoc()) {
          float score = phrase.score();
          insert(top, score);
          float self = index.phrasingSelfScore(doc);
          if (self > 0) {
            closest = Math.max(closest, score * score / self);
          }
        }
        for (int k = 0; k < top.length; k++) {
          best += PHRASING_WEIGHTS[k] * top[k];
        }
        // The closest phrasing stands in for the best one; the runners-up count as they are.
        closest += best - top[0];
      }
      if (entry != null) {
        DocIdSetIterator docs = entry.iterator();
        int doc = docs.docID() < nominee ? docs.advance(nominee) : docs.docID();
        if (doc == nominee) {
          float score = entry.score();
          best += score;
          closest += score;
        }
      }
      scores[i] = best;
      closeness[i] = closest;
    }
    return scores;
  }
}
