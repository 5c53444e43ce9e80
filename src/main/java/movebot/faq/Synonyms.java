package movebot.faq;

import java.util.List;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The synonyms file: the rules as Lucene applies them, and the phrases as written, which
 * spelling correction adds to the words it knows.
 */
record Synonyms(SynonymMap map, List<String> phrases) {
  static final Synonyms NONE = new Synonyms(new SynonymMap(null, null, 0), List.of());

  Synonyms {
    if (map == null) {
      throw new IllegalArgumentException("map must not be null");
    }
    phrases = List.copyOf(phrases);
  }
}
