package movebot.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The knowledge base as an in-memory Lucene index. Each entry is a block of documents: one per
 * phrasing (the title and each alternate) with the field {@link #PHRASE}, then the entry's own
 * document with all its phrasings together ({@link #PHRASINGS}) and its answer ({@link
 * #ANSWER}). An entry scores as its best phrasing plus its own document (see {@link Ranker}): a
 * short question meets the one phrasing closest to it instead of all of them run together,
 * while a long question, whose words rarely fall in one phrasing, still gathers them from the
 * whole entry.
 */
final class FaqIndex {
  /** One title or alternate, on the phrasing documents. */
  static final String PHRASE = "phrase";
  /** The title and all alternates, on the entry's document. */
  static final String PHRASINGS = "phrasings";
  /** The answer text, on the entry's document. */
  static final String ANSWER = "answer";
  /** The fields a question is searched in, in the order of {@link Tuning#boost(int)}. */
  static final List<String> SEARCHED = List.of(PHRASE, PHRASINGS, ANSWER);

  private static final String ENTRY = "entry";

  // Frequencies are needed for BM25; positions are not, because no query here is a phrase query.
  private static final FieldType TEXT = textType();

  /**
   * What the index knows of one term, looked up once at build time: its statistics and postings
   * pointer per field (document frequency 0 where absent), and its BM25 idf per field.
   */
  record Term(String text, TermStates[] states, float[] idf) {
    int docFreq(int field) {
      return states[field].docFreq();
    }
  }

  private final IndexSearcher searcher;
  private final BM25Similarity similarity;
  private final LeafReaderContext leaf;
  private final int[] entryOfDoc;
  private final int[] firstDoc;
  private final int[] entryDoc;
  private final CollectionStatistics[] statistics;
  private final float[] rarestIdf;
  private final Map<String, Term> vocabulary;
  private final Analyzer questionAnalyzer;
  private final Analyzer stemming;
  private final Spelling spelling;

  private FaqIndex(IndexSearcher searcher, BM25Similarity similarity, Spelling spelling)
      throws IOException {
    this.searcher = searcher;
    this.similarity = similarity;
    this.leaf = searcher.getTopReaderContext().leaves().get(0);
    this.entryOfDoc = entryOfDoc(leaf.reader());
    int entries = entryOfDoc.length == 0 ? 0 : Arrays.stream(entryOfDoc).max().getAsInt() + 1;
    this.firstDoc = new int[entries];
    this.entryDoc = new int[entries];
    blocks(entryOfDoc, firstDoc, entryDoc);
    this.statistics = new CollectionStatistics[SEARCHED.size()];
    this.rarestIdf = new float[SEARCHED.size()];
    for (int i = 0; i < statistics.length; i++) {
      statistics[i] = searcher.collectionStatistics(SEARCHED.get(i));
      rarestIdf[i] = idf(statistics[i], 1, 1);
    }
    this.vocabulary = vocabulary();
    this.questionAnalyzer = FaqAnalysis.question();
    this.stemming = FaqAnalysis.stemming();
    this.spelling = spelling;
  }

  static FaqIndex build(KnowledgeBase base, Tuning tuning) {
    BM25Similarity similarity = new BM25Similarity(tuning.k1(), tuning.b());
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (Analyzer indexAnalyzer = FaqAnalysis.index(base.synonyms().map())) {
      IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer).setSimilarity(similarity);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        List<FaqEntry> entries = base.entries();
        for (int i = 0; i < entries.size(); i++) {
          addEntry(writer, entries.get(i), i);
        }
        // One segment: one leaf to search, and exact statistics for the confidence rule.
        writer.forceMerge(1);
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(similarity);
      // The query cache only pays off for repeated filters; here it would only add locking.
      searcher.setQueryCache(null);
      return new FaqIndex(searcher, similarity, Spelling.build(base));
    } catch (IOException e) {
      throw new UncheckedIOException("building the in-memory index failed", e);
    }
  }

  private static void addEntry(IndexWriter writer, FaqEntry entry, int position)
      throws IOException {
    List<String> phrasings = new ArrayList<>();
    phrasings.add(entry.title());
    phrasings.addAll(entry.alternates());
    // Added at once, so the block stays together: the phrasings, then the entry's document.
    List<Document> block = new ArrayList<>();
    for (String phrasing : phrasings) {
      Document doc = new Document();
      doc.add(new Field(PHRASE, phrasing, TEXT));
      doc.add(new NumericDocValuesField(ENTRY, position));
      block.add(doc);
    }
    Document doc = new Document();
    for (String phrasing : phrasings) {
      doc.add(new Field(PHRASINGS, phrasing, TEXT));
    }
    doc.add(new Field(ANSWER, entry.answer(), TEXT));
    doc.add(new NumericDocValuesField(ENTRY, position));
    block.add(doc);
    writer.addDocuments(block);
  }

  private static int[] entryOfDoc(LeafReader reader) throws IOException {
    int[] entries = new int[reader.maxDoc()];
    NumericDocValues values = reader.getNumericDocValues(ENTRY);
    for (int doc = 0; doc < entries.length; doc++) {
      if (values == null || !values.advanceExact(doc)) {
        throw new IllegalStateException("document " + doc + " has no entry");
      }
      entries[doc] = (int) values.longValue();
    }
    return entries;
  }

  /**
   * Finds each entry's block: its first document (a phrasing) and its last (the entry's own).
   * Lucene keeps documents added together contiguous through merges; this checks it.
   */
  private static void blocks(int[] entryOfDoc, int[] first, int[] last) {
    Arrays.fill(first, -1);
    for (int doc = 0; doc < entryOfDoc.length; doc++) {
      int entry = entryOfDoc[doc];
      if (first[entry] < 0) {
        first[entry] = doc;
      } else if (last[entry] != doc - 1) {
        throw new IllegalStateException("the documents of entry " + entry + " are not a block");
      }
      last[entry] = doc;
    }
  }

  /**
   * Every term of the searched fields, looked up once: finding a term in Lucene's terms
   * dictionary allocates an enumerator and walks an FST, about 7 us, and a question needs three
   * fields per word. The index never changes, so a question costs a hash lookup per word.
   * Statistics-bearing {@link TermStates} are read-only once built, so all threads share them.
   */
  private Map<String, Term> vocabulary() throws IOException {
    IndexReaderContext top = searcher.getTopReaderContext();
    Map<String, TermStates[]> states = new HashMap<>();
    for (int i = 0; i < SEARCHED.size(); i++) {
      Terms terms = leaf.reader().terms(SEARCHED.get(i));
      if (terms == null) {
        continue;
      }
      TermsEnum each = terms.iterator();
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        TermStates[] perField = states.computeIfAbsent(term.utf8ToString(), t -> empty(top));
        perField[i] = new TermStates(top, each.termState(), leaf.ord, each.docFreq(),
            each.totalTermFreq());
      }
    }
    Map<String, Term> vocabulary = new HashMap<>(states.size() * 2);
    states.forEach((text, perField) -> {
      float[] idf = new float[SEARCHED.size()];
      for (int i = 0; i < idf.length; i++) {
        int docFreq = perField[i].docFreq();
        idf[i] = docFreq == 0 ? 0 : idf(statistics[i], docFreq, perField[i].totalTermFreq());
      }
      vocabulary.put(text, new Term(text, perField, idf));
    });
    return vocabulary;
  }

  private static TermStates[] empty(IndexReaderContext top) {
    TermStates[] states = new TermStates[SEARCHED.size()];
    for (int i = 0; i < states.length; i++) {
      states[i] = new TermStates(top);
    }
    return states;
  }

  private float idf(CollectionStatistics field, long docFreq, long totalTermFreq) {
    return similarity.idfExplain(field, new TermStatistics(new BytesRef("t"), docFreq,
        Math.max(totalTermFreq, docFreq))).getValue().floatValue();
  }

  private static FieldType textType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  BM25Similarity similarity() {
    return similarity;
  }

  /** The one leaf of the index. */
  LeafReaderContext leaf() {
    return leaf;
  }

  /** Position in {@link KnowledgeBase#entries()} of the entry {@code doc} belongs to. */
  int entryOf(int doc) {
    return entryOfDoc[doc];
  }

  /** The entry's own document; its phrasings are the documents just before it. */
  int entryDoc(int entry) {
    return entryDoc[entry];
  }

  /** The entry's first phrasing document; the others follow it, up to its own document. */
  int firstPhrasingDoc(int entry) {
    return firstDoc[entry];
  }

  /** Statistics of the {@code i}-th field of {@link #SEARCHED}. */
  CollectionStatistics statistics(int i) {
    return statistics[i];
  }

  /** The idf of a word in one document of the {@code i}-th field: the rarest a word can be. */
  float rarestIdf(int i) {
    return rarestIdf[i];
  }

  /** What the index knows of {@code term}, or null when no searched field has it. */
  Term lookUp(String term) {
    return vocabulary.get(term);
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

  Spelling spelling() {
    return spelling;
  }
}
