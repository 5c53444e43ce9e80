package movebot.faq;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/** Reads {@code synonyms.txt}, in the Solr format: "a, b, c" lines, "a => b" lines, # comments. */
final class SynonymsFile {
  static final String NAME = "synonyms.txt";

  private SynonymsFile() {}

  static Optional<SynonymMap> read(Path file, Problems problems) {
    // Parsed with the stemming half of the analysis chain, so that the rules meet the tokens
    // they are matched against inside the index analyser.
    try (Analyzer stemming = FaqAnalysis.stemming();
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, stemming);
      parser.parse(reader);
      return Optional.of(parser.build());
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

  private static String lineOf(ParseException e) {
    String message = String.valueOf(e.getMessage());
    int at = message.lastIndexOf("line ");
    return at < 0 ? "file" : message.substring(at);
  }
}
