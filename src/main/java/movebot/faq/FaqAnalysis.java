package movebot.faq;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The English analysis shared by the index, the questions and the synonyms file.
 *
 * <p>Order matters: tokens are stemmed before synonyms are applied, so a synonym line written
 * in the singular ("tummy, abdominal") also joins the plurals ("tummies", "abdominals"); stop
 * words are removed last, from a stop list stemmed by the same chain, because stemming first
 * turns "was" into "wa". Synonyms are expanded at index time only: the question side stays a
 * flat list of terms, which keeps the query cheap and the confidence rule simple (one term, one
 * clause).
 */
final class FaqAnalysis {
  private static final NormalizeCharMap APOSTROPHES = apostrophes();

  private FaqAnalysis() {}

  /** Tokenise, straighten apostrophes, drop possessives, lowercase, fold accents, stem. */
  static Analyzer stemming() {
    return new ChainAnalyzer(null, null);
  }

  /** What questions go through: {@link #stemming()} then stop words. */
  static Analyzer question() {
    return new ChainAnalyzer(null, stemmedStopWords());
  }

  /** What the knowledge base goes through: {@link #stemming()}, synonyms, then stop words. */
  static Analyzer index(SynonymMap synonyms) {
    return new ChainAnalyzer(synonyms, stemmedStopWords());
  }

  /** The terms {@code analyzer} makes of {@code text}, in order, repeats kept. */
  static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return terms;
  }

  private static CharArraySet stemmedStopWords() {
    CharArraySet stems = new CharArraySet(StopWords.ENGLISH.size(), false);
    try (Analyzer stemming = stemming()) {
      for (String word : StopWords.ENGLISH) {
        stems.addAll(terms(stemming, "stop", word));
      }
    }
    return CharArraySet.unmodifiableSet(stems);
  }

  private static NormalizeCharMap apostrophes() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    for (String curly : List.of("\u2019", "\u2018", "\u02BC", "\u2032", "`")) {
      map.add(curly, "'");
    }
    return map.build();
  }

  private static final class ChainAnalyzer extends Analyzer {
    private final SynonymMap synonyms;
    private final CharArraySet stopWords;

    ChainAnalyzer(SynonymMap synonyms, CharArraySet stopWords) {
      this.synonyms = synonyms;
      this.stopWords = stopWords;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new MappingCharFilter(APOSTROPHES, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new EnglishPossessiveFilter(source);
      stream = new LowerCaseFilter(stream);
      stream = new ASCIIFoldingFilter(stream);
      stream = new PorterStemFilter(stream);
      // An empty synonyms file gives a map without an FST, which the filter refuses.
      if (synonyms != null && synonyms.fst != null) {
        stream = new SynonymGraphFilter(stream, synonyms, true);
        stream = new FlattenGraphFilter(stream);
      }
      if (stopWords != null) {
        stream = new StopFilter(stream, stopWords);
      }
      return new TokenStreamComponents(source, stream);
    }
  }
}
