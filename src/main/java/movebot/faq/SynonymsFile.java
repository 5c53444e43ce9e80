package movebot.faq;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;

/** Reads {@code synonyms.txt}, in the Solr format: "a, b, c" lines, "a => b" lines, # comments. */
final class SynonymsFile {
  static final String NAME = "synonyms.txt";

  private SynonymsFile() {}

  static Optional<Synonyms> read(Path file, Problems problems) {
    // Parsed with the stemming steps of the index chain, so that the rules meet the tokens
    // they are matched against there.
    try (Analyzer stemming = FaqAnalysis.stemming()) {
      String text = TextFiles.read(file);
      SolrSynonymParser parser = new SolrSynonymParser(true, true, stemming);
      parser.parse(new StringReader(text));
      return Optional.of(new Synonyms(parser.build(), phrases(text)));
    } catch (NoSuchFileException e) {
      problems.error(file, "file", "not found");
    } catch (ParseException e) {
      // The parser reports "Invalid synonym rule at line N" and keeps the reason in the cause.
      String reason = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
      problems.error(file, lineOf(e), "does not parse" + reason);
    } catch (IOException | RuntimeException e) {
      problems.error(file, "file", "cannot be read: " + e.getMessage());
    }
    return Optional.empty();
  }

  /** The phrases of every rule, as written. */
  private static List<String> phrases(String text) {
    List<String> phrases = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (!line.strip().startsWith("#")) {
        for (String phrase : line.split("=>|,")) {
          if (!phrase.isBlank()) {
            phrases.add(phrase.strip());
          }
        }
      }
    }
    return phrases;
  }

  private static String lineOf(ParseException e) {
    String message = String.valueOf(e.getMessage());
    int at = message.lastIndexOf("line ");
    return at < 0 ? "file" : message.substring(at);
  }
}
