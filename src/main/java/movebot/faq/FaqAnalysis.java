package movebot.faq;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The English analysis shared by the index, the questions and the synonyms file.
 *
 * <p>Every chain starts with the surface steps: tokenise, straighten apostrophes, drop
 * possessives, lowercase, fold accents. The knowledge base is then stemmed, expanded with
 * synonyms and stripped of stop words, in that order: stemming before synonyms lets a synonym
 * line written in the singular ("tummy, abdominal") also join the plurals; stop words go last,
 * from a stop list stemmed by the same chain, because stemming first turns "was" into "wa".
 * Synonyms are expanded at index time only, so a question stays a flat list of words, one
 * query clause each, which keeps the query cheap and the confidence rule simple.
 *
 * <p>Questions keep their surface words (minus stop words) so that a misspelt word can be
 * corrected against the words the knowledge base really uses before it is stemmed: stems of
 * misspellings are unpredictable ("exercize" stems to "exerc").
 */
final class FaqAnalysis {
  private static final NormalizeCharMap APOSTROPHES = apostrophes();
  /**
   * Words the stemmer must leave alone because their stem collides with an unrelated word:
   * Porter turns "cycling" into "cycl", the stem of "cycle", so a question about cycling would
   * meet "the pain cycle" and, through the synonyms, "bike" would too.
   */
  private static final CharArraySet NOT_STEMMED =
      CharArraySet.unmodifiableSet(new CharArraySet(List.of("cycling"), false));
  private static final Set<String> NUMBERS =
      Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM]);

  private FaqAnalysis() {}

  /** The surface steps only: the words as written, lowercased. */
  static Analyzer surface() {
    return new ChainAnalyzer(false, null, null, false);
  }

  /** The surface steps, then stemming. */
  static Analyzer stemming() {
    return new ChainAnalyzer(true, null, null, false);
  }

  /**
   * What a question goes through: the surface steps, then stop words and numbers. Numbers in
   * questions are circumstance ("for 3 weeks", "I'm 67"), not topic, and an unknown word weighs
   * heavily against confidence.
   */
  static Analyzer question() {
    return new ChainAnalyzer(false, null, CharArraySet.unmodifiableSet(
        new CharArraySet(StopWords.ENGLISH, false)), true);
  }

  /** What the knowledge base goes through: stemming, synonyms, then stop words. */
  static Analyzer index(SynonymMap synonyms) {
    return new ChainAnalyzer(true, synonyms, stemmedStopWords(), false);
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

  /** The first {@code limit} distinct terms {@code analyzer} makes of {@code text}, in order. */
  static Set<String> distinctTerms(Analyzer analyzer, String field, String text, int limit) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (terms.size() < limit && stream.incrementToken()) {
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
    private final boolean stem;
    private final SynonymMap synonyms;
    private final CharArraySet stopWords;
    private final boolean dropNumbers;

    ChainAnalyzer(
        boolean stem, SynonymMap synonyms, CharArraySet stopWords, boolean dropNumbers) {
      this.stem = stem;
      this.synonyms = synonyms;
      this.stopWords = stopWords;
      this.dropNumbers = dropNumbers;
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
      if (stem) {
        stream = new SetKeywordMarkerFilter(stream, NOT_STEMMED);
        stream = new PorterStemFilter(stream);
      }
      // An empty synonyms file gives a map without an FST, which the filter refuses.
      if (synonyms != null && synonyms.fst != null) {
        stream = new SynonymGraphFilter(stream, synonyms, true);
        stream = new FlattenGraphFilter(stream);
      }
      if (stopWords != null) {
        stream = new StopFilter(stream, stopWords);
      }
      if (dropNumbers) {
        stream = new TypeTokenFilter(stream, NUMBERS);
      }
      return new TokenStreamComponents(source, stream);
    }
  }
}
