package movebot.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The knowledge base as an in-memory Lucene index. Each phrasing of an entry (its title and each
 * alternate) is a document of its own, carrying the entry's answer too: a question is matched
 * against the closest phrasing instead of against all of them run together, which would
 * dilute a short, exact phrasing with its siblings' words. An entry scores as its best phrasing.
 */
final class FaqIndex {
  static final String PHRASE = "phrase";
  static final String ANSWER = "answer";
  private static final String ENTRY = "entry";

  // Frequencies are needed for BM25; positions are not, because no query here is a phrase query.
  private static final FieldType TEXT = textType();

  private final IndexSearcher searcher;
  private final LeafReader leaf;
  private final int[] entryOfDoc;
  private final CollectionStatistics phraseStatistics;
  private final CollectionStatistics answerStatistics;
  private final Analyzer questionAnalyzer;

  private FaqIndex(IndexSearcher searcher, int[] entryOfDoc, Analyzer questionAnalyzer)
      throws IOException {
    this.searcher = searcher;
    this.leaf = searcher.getIndexReader().leaves().get(0).reader();
    this.entryOfDoc = entryOfDoc;
    this.phraseStatistics = searcher.collectionStatistics(PHRASE);
    this.answerStatistics = searcher.collectionStatistics(ANSWER);
    this.questionAnalyzer = questionAnalyzer;
  }

  static FaqIndex build(KnowledgeBase base, Tuning tuning) {
    BM25Similarity similarity = new BM25Similarity(tuning.k1(), tuning.b());
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (Analyzer indexAnalyzer = FaqAnalysis.index(base.synonyms())) {
      IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer).setSimilarity(similarity);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        List<FaqEntry> entries = base.entries();
        for (int i = 0; i < entries.size(); i++) {
          FaqEntry entry = entries.get(i);
          List<String> phrasings = new ArrayList<>();
          phrasings.add(entry.title());
          phrasings.addAll(entry.alternates());
          for (String phrasing : phrasings) {
            Document doc = new Document();
            doc.add(new Field(PHRASE, phrasing, TEXT));
            doc.add(new Field(ANSWER, entry.answer(), TEXT));
            doc.add(new NumericDocValuesField(ENTRY, i));
            writer.addDocument(doc);
          }
        }
        // One segment: one leaf to search, and exact statistics for the confidence rule.
        writer.forceMerge(1);
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(similarity);
      // The default query cache only pays off for repeated filters; it would add locking.
      searcher.setQueryCache(null);
      return new FaqIndex(searcher, entryOfDoc(reader), FaqAnalysis.question());
    } catch (IOException e) {
      throw new UncheckedIOException("building the in-memory index failed", e);
    }
  }

  private static int[] entryOfDoc(DirectoryReader reader) throws IOException {
    if (reader.leaves().size() != 1) {
      throw new IllegalStateException("expected one segment, found " + reader.leaves().size());
    }
    LeafReader leaf = reader.leaves().get(0).reader();
    int[] entries = new int[leaf.maxDoc()];
    NumericDocValues values = leaf.getNumericDocValues(ENTRY);
    for (int doc = 0; doc < entries.length; doc++) {
      if (values == null || !values.advanceExact(doc)) {
        throw new IllegalStateException("document " + doc + " has no entry");
      }
      entries[doc] = (int) values.longValue();
    }
    return entries;
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

  /** Position in {@link KnowledgeBase#entries()} of the entry {@code doc} is a phrasing of. */
  int entryOf(int doc) {
    return entryOfDoc[doc];
  }

  /** The vocabulary of {@code field}, for spelling correction. */
  Terms terms(String field) throws IOException {
    return leaf.terms(field);
  }

  CollectionStatistics phraseStatistics() {
    return phraseStatistics;
  }

  CollectionStatistics answerStatistics() {
    return answerStatistics;
  }

  Analyzer questionAnalyzer() {
    return questionAnalyzer;
  }
}
