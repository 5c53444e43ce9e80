package movebot.faq;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * Every term of the searched fields, looked up once when the index is built. Finding a term in
 * Lucene's terms dictionary allocates an enumerator and walks an FST, about 7 us, and a question
 * needs three fields per word; the index never changes, so here a question costs one hash lookup
 * per word. Statistics-bearing {@link TermStates} are read-only once built, so every thread
 * shares them.
 */
final class Vocabulary {
  /**
   * What the index knows of one term: its statistics and postings pointer per field of {@link
   * FaqIndex#SEARCHED} (document frequency 0 where absent), and its BM25 idf per field.
   */
  record Term(String text, TermStates[] states, float[] idf) {
    int docFreq(int field) {
      return states[field].docFreq();
    }
  }

  private final Map<String, Term> terms;
  private final float[] rarestIdf;

  Vocabulary(FaqIndex index) throws IOException {
    int fields = FaqIndex.SEARCHED.size();
    this.rarestIdf = new float[fields];
    for (int i = 0; i < fields; i++) {
      CollectionStatistics statistics = index.statistics(i);
      rarestIdf[i] = statistics == null ? 0 : idf(index.similarity(), statistics, 1, 1);
    }
    Map<String, TermStates[]> states = new HashMap<>();
    for (int i = 0; i < fields; i++) {
      FaqIndex.Part part = index.part(i);
      Terms fieldTerms = part.leaf().reader().terms(FaqIndex.SEARCHED.get(i));
      if (fieldTerms == null) {
        continue;
      }
      TermsEnum each = fieldTerms.iterator();
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        TermStates[] perField = states.computeIfAbsent(term.utf8ToString(), t -> empty(index));
        perField[i] = new TermStates(part.searcher().getTopReaderContext(), each.termState(),
            part.leaf().ord, each.docFreq(), each.totalTermFreq());
      }
    }
    this.terms = new HashMap<>(states.size() * 2);
    states.forEach((text, perField) -> {
      float[] idf = new float[fields];
      for (int i = 0; i < fields; i++) {
        int docFreq = perField[i].docFreq();
        idf[i] = docFreq == 0 ? 0
            : idf(index.similarity(), index.statistics(i), docFreq, perField[i].totalTermFreq());
      }
      terms.put(text, new Term(text, perField, idf));
    });
  }

  private static TermStates[] empty(FaqIndex index) {
    TermStates[] states = new TermStates[FaqIndex.SEARCHED.size()];
    for (int i = 0; i < states.length; i++) {
      states[i] = new TermStates(index.part(i).searcher().getTopReaderContext());
    }
    return states;
  }

  private static float idf(BM25Similarity similarity, CollectionStatistics field, long docFreq,
      long totalTermFreq) {
    TermStatistics term =
        new TermStatistics(new BytesRef("t"), docFreq, Math.max(totalTermFreq, docFreq));
    return similarity.idfExplain(field, term).getValue().floatValue();
  }

  /** What the index knows of {@code term}, or null when no searched field has it. */
  Term lookUp(String term) {
    return terms.get(term);
  }

  /** The idf of a word in one document of the {@code i}-th field: the rarest a word can be. */
  float rarestIdf(int i) {
    return rarestIdf[i];
  }
}
