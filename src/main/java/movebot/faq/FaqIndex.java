package movebot.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

/**
 * The knowledge base as two small in-memory Lucene indexes: one document per phrasing (each
 * title, alternate and example, field {@link #PHRASE}), and one document per entry (all its
 * phrasings together, {@link #PHRASINGS}, and its answer, {@link #ANSWER}). The examples of
 * questions the base does not answer make one more entry, without an answer ({@link
 * #offTopic}). An entry scores by its best phrasings and its entry document (see {@link
 * Ranker}): a short question meets the phrasings closest to it instead of all of them run
 * together, while a long question, whose words rarely fall in one phrasing, still gathers them
 * from the whole entry. Two indexes rather than one
 * keep every field on every document of its index, which keeps norms dense and fast to read.
 */
final class FaqIndex {
  /** One title, alternate or example, in the phrasings index. */
  static final String PHRASE = "phrase";
  /** The title, all alternates and all examples, in the entries index. */
  static final String PHRASINGS = "phrasings";
  /** The answer text, in the entries index. */
  static final String ANSWER = "answer";
  /** The fields a question is searched in, in the order of {@link Tuning#boost(int)}. */
  static final List<String> SEARCHED = List.of(PHRASE, PHRASINGS, ANSWER);

  private static final String ENTRY = "entry";

  // Frequencies are needed for BM25; positions are not, because no query here is a phrase query.
  private static final FieldType TEXT = textType();

  /** One of the two indexes: its searcher and its only leaf. */
  record Part(IndexSearcher searcher, LeafReaderContext leaf) {}

  private final BM25Similarity similarity;
  private final Part phrasings;
  private final Part entries;
  private final int[] entryOfPhrasing;
  private final int[] firstPhrasing;
  private final CollectionStatistics[] statistics;
  private final Vocabulary vocabulary;
  private final Analyzer questionAnalyzer;
  private final Analyzer stemming;
  private final Spelling spelling;
  private final Set<String> notCovered;
  private final List<String> phrasingTexts;
  private final float[] phrasingSelfScore;
  private final int offTopic;

  private FaqIndex(BM25Similarity similarity, Part phrasings, Part entries, int entryCount,
      int offTopic, Spelling spelling, List<String> notCovered, List<String> phrasingTexts,
      float commonShare) throws IOException {
    this.offTopic = offTopic;
    this.similarity = similarity;
    this.phrasings = phrasings;
    this.entries = entries;
    this.entryOfPhrasing = entryOf(phrasings);
    this.firstPhrasing = firstOfEach(entryOfPhrasing, entryCount);
    checkEntryOrder(entryOf(entries));
    this.statistics = new CollectionStatistics[SEARCHED.size()];
    for (int i = 0; i < statistics.length; i++) {
      statistics[i] = part(i).searcher().collectionStatistics(SEARCHED.get(i));
    }
    this.vocabulary = new Vocabulary(this);
    this.questionAnalyzer = FaqAnalysis.question();
    this.stemming = FaqAnalysis.stemming();
    this.spelling = spelling;
    Set<String> stems = new HashSet<>();
    for (String word : notCovered) {
      String stem = stem(word);
      stems.add(stem == null ? word : stem);
    }
    this.notCovered = Set.copyOf(stems);
    this.phrasingTexts = List.copyOf(phrasingTexts);
    this.phrasingSelfScore = selfScores(phrasingTexts, commonShare);
  }

  /**
   * What each phrasing would score against a question made of exactly its own words, each once:
   * the words as a question would bring them (a synonym group counts once, by the word written,
   * not by every synonym the index adds), and only the words searched in the phrase field.
   */
  private float[] selfScores(List<String> texts, float commonShare) throws IOException {
    float[] self = new float[texts.size()];
    CollectionStatistics field = statistics[0];
    Terms terms = phrasings.leaf().reader().terms(PHRASE);
    if (terms == null || field == null) {
      return self;
    }
    NumericDocValues norms = phrasings.leaf().reader().getNormValues(PHRASE);
    TermsEnum each = terms.iterator();
    PostingsEnum postings = null;
    for (int doc = 0; doc < texts.size(); doc++) {
      long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
      Set<String> stems = new HashSet<>();
      for (String word : FaqAnalysis.distinctTerms(
          questionAnalyzer, PHRASE, texts.get(doc), QuestionTerms.MAX_WORDS)) {
        String stem = stem(word);
        if (stem == null || !stems.add(stem) || !each.seekExact(new BytesRef(stem))
            || each.docFreq() > commonShare * field.docCount()) {
          continue;
        }
        postings = each.postings(postings, PostingsEnum.FREQS);
        if (postings.advance(doc) == doc) {
          self[doc] += similarity.scorer(1f, field,
              new TermStatistics(each.term(), each.docFreq(), each.totalTermFreq()))
              .score(postings.freq(), norm);
        }
      }
    }
    return self;
  }

  /** What a phrasing document would score against a question made of exactly its words. */
  float phrasingSelfScore(int doc) {
    return phrasingSelfScore[doc];
  }

  static FaqIndex build(KnowledgeBase base, Tuning tuning) {
    BM25Similarity similarity = new BM25Similarity(tuning.k1(), tuning.b());
    List<Document> phrasingDocs = new ArrayList<>();
    List<Document> entryDocs = new ArrayList<>();
    List<String> phrasingTexts = new ArrayList<>();
    List<FaqEntry> all = base.entries();
    for (int i = 0; i < all.size(); i++) {
      FaqEntry entry = all.get(i);
      List<String> phrasings = new ArrayList<>(entry.phrasings());
      phrasings.addAll(base.examples(entry));
      add(i, phrasings, entry.answer(), phrasingDocs, entryDocs, phrasingTexts);
    }
    // The questions the base does not answer, as one more entry after the real ones, with no
    // answer: a question nearest to them is refused (see Ranker).
    List<String> offTopic = base.offTopicExamples();
    if (!offTopic.isEmpty()) {
      add(all.size(), offTopic, "", phrasingDocs, entryDocs, phrasingTexts);
    }
    try (Analyzer analyzer = FaqAnalysis.index(base.synonyms().map())) {
      return new FaqIndex(similarity, part(phrasingDocs, analyzer, similarity),
          part(entryDocs, analyzer, similarity), entryDocs.size(),
          offTopic.isEmpty() ? -1 : all.size(), Spelling.build(base),
          base.notCovered(), phrasingTexts, tuning.commonShare());
    } catch (IOException e) {
      throw new UncheckedIOException("building the in-memory index failed", e);
    }
  }

  private static void add(int entry, List<String> phrasings, String answer,
      List<Document> phrasingDocs, List<Document> entryDocs, List<String> phrasingTexts) {
    Document entryDoc = new Document();
    for (String phrasing : phrasings) {
      Document phrasingDoc = new Document();
      phrasingDoc.add(new Field(PHRASE, phrasing, TEXT));
      phrasingDoc.add(new NumericDocValuesField(ENTRY, entry));
      phrasingDocs.add(phrasingDoc);
      phrasingTexts.add(phrasing);
      entryDoc.add(new Field(PHRASINGS, phrasing, TEXT));
    }
    entryDoc.add(new Field(ANSWER, answer, TEXT));
    entryDoc.add(new NumericDocValuesField(ENTRY, entry));
    entryDocs.add(entryDoc);
  }

  private static Part part(List<Document> docs, Analyzer analyzer, BM25Similarity similarity)
      throws IOException {
    // Each file in one buffer: every query clones its postings inputs, and a clone duplicates
    // each buffer of the file, by default one per kilobyte or so.
    ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
        ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(similarity);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      // All at once, in order, then merged to one segment: documents keep the order they were
      // added in, one leaf is searched, and statistics are exact for the confidence rule.
      writer.addDocuments(docs);
      writer.forceMerge(1);
    }
    IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
    searcher.setSimilarity(similarity);
    // The query cache only pays off for repeated filters; here it would only add locking.
    searcher.setQueryCache(null);
    return new Part(searcher, searcher.getTopReaderContext().leaves().get(0));
  }

  private static int[] entryOf(Part part) throws IOException {
    int[] entries = new int[part.leaf().reader().maxDoc()];
    NumericDocValues values = part.leaf().reader().getNumericDocValues(ENTRY);
    for (int doc = 0; doc < entries.length; doc++) {
      if (values == null || !values.advanceExact(doc)) {
        throw new IllegalStateException("document " + doc + " has no entry");
      }
      entries[doc] = (int) values.longValue();
    }
    return entries;
  }

  /** Where each entry's phrasings start; they run up to where the next entry's start. */
  private static int[] firstOfEach(int[] entryOfPhrasing, int entryCount) {
    int[] first = new int[entryCount + 1];
    int doc = 0;
    for (int entry = 0; entry < entryCount; entry++) {
      first[entry] = doc;
      while (doc < entryOfPhrasing.length && entryOfPhrasing[doc] == entry) {
        doc++;
      }
      if (doc == first[entry]) {
        throw new IllegalStateException("phrasings of entry " + entry + " are out of order");
      }
    }
    first[entryCount] = doc;
    return first;
  }

  private static void checkEntryOrder(int[] entryOfDoc) {
    for (int doc = 0; doc < entryOfDoc.length; doc++) {
      if (entryOfDoc[doc] != doc) {
        throw new IllegalStateException("entry documents are out of order at " + doc);
      }
    }
  }

  private static FieldType textType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  BM25Similarity similarity() {
    return similarity;
  }

  /** The index holding the {@code i}-th field of {@link #SEARCHED}. */
  Part part(int i) {
    return i == 0 ? phrasings : entries;
  }

  Part phrasings() {
    return phrasings;
  }

  Part entries() {
    return entries;
  }

  /**
   * The position given to the questions the base does not answer: one past the last entry of
   * {@link KnowledgeBase#entries()}, or -1 when the base has no such questions.
   */
  int offTopic() {
    return offTopic;
  }

  /** How many phrasing documents there are: every title, alternate and example. */
  int phrasingCount() {
    return phrasingTexts.size();
  }

  /** The text of a phrasing document, as the knowledge files have it. */
  String phrasingText(int doc) {
    return phrasingTexts.get(doc);
  }

  /** Position in {@link KnowledgeBase#entries()} of the entry a phrasing document belongs to. */
  int entryOfPhrasing(int doc) {
    return entryOfPhrasing[doc];
  }

  /** The entry's first phrasing document; the others follow it. */
  int firstPhrasing(int entry) {
    return firstPhrasing[entry];
  }

  /** One past the entry's last phrasing document. */
  int endOfPhrasings(int entry) {
    return firstPhrasing[entry + 1];
  }

  /** Statistics of the {@code i}-th field of {@link #SEARCHED}; null when no entry has it. */
  CollectionStatistics statistics(int i) {
    return statistics[i];
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Turns a question into its surface words, stop words and numbers removed. */
  Analyzer questionAnalyzer() {
    return questionAnalyzer;
  }

  /** The index term for one surface word, or null if it has none. */
  String stem(String word) {
    List<String> stems = FaqAnalysis.terms(stemming, PHRASE, word);
    return stems.size() == 1 ? stems.get(0) : null;
  }

  /**
   * Whether a question word, by its {@link #stem} (null if it has none) or as written, names
   * something the base does not cover.
   */
  boolean notCovered(String stem, String word) {
    return !notCovered.isEmpty() && notCovered.contains(stem == null ? word : stem);
  }

  Spelling spelling() {
    return spelling;
  }
}
