package movebot.faq;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code examples.json}: questions as people typed them, each filed under the id of the
 * entry that answers it, {@code {"walking-how-much": ["how long shud i walk a day", ...]}}, and
 * under {@value #OFF_TOPIC} the questions the base does not answer, near misses above all ("best
 * mattress for a bad back"): a question closer to one of those than to any entry is refused.
 *
 * <p>Curated alternates say what an entry is about; examples say how people really ask it: with
 * their job and their history first, typos, other languages' grammar. The search treats an
 * example like an alternate, so a question worded like one someone asked before finds its entry
 * even when no curator would have thought of those words. A curator adds the questions that
 * {@code movebot unanswered} lists, under the entry that should have answered them.
 *
 * <p>The file is optional: without it the base has no examples.
 */
final class ExamplesFile {
  static final String NAME = "examples.json";
  /** The key of the questions the base does not answer; never an entry id (see FaqRules). */
  static final String OFF_TOPIC = "no_match";

  private ExamplesFile() {}

  /**
   * The examples by entry id, in file order, each checked against the entries and their
   * phrasings ({@code phrasingOwners}, from {@link FaqRules#check}): an unknown id
   * or a question another entry already has is an error, a repeat or a question that trips a
   * red flag (the search never sees it) a warning; the last only when {@code redFlags} are given.
   */
  static Optional<Map<String, List<String>>> read(Path file, List<FaqEntry> entries,
      Map<String, String> phrasingOwners, Optional<RedFlags> redFlags, Problems problems) {
    if (!Files.exists(file)) {
      return Optional.of(Map.of());
    }
    int errorsBefore = problems.errorCount();
    Optional<JsonNode> root = JsonFiles.readObject(file, problems);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> owners = new HashMap<>(phrasingOwners);
    Set<String> ids = new HashSet<>();
    ids.add(OFF_TOPIC);
    for (FaqEntry entry : entries) {
      ids.add(entry.id());
    }
    Map<String, List<String>> examples = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = root.get().fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String id = field.getKey();
      String where = "entry '" + id + "'";
      if (!ids.contains(id)) {
        problems.error(file, where, "is not an entry id in " + FaqFile.NAME + " (nor "
            + OFF_TOPIC + ", for questions the base does not answer)");
        continue;
      }
      if (!field.getValue().isArray()) {
        problems.error(file, where, "must be a list of questions");
        continue;
      }
      List<String> questions = new ArrayList<>();
      for (int i = 0; i < field.getValue().size(); i++) {
        JsonNode item = field.getValue().get(i);
        String at = where + " [" + i + "]";
        String normal = item.isTextual() ? FaqRules.normalise(item.textValue()) : "";
        if (normal.isEmpty()) {
          problems.error(file, at, "must be a question with words");
          continue;
        }
        String owner = owners.putIfAbsent(normal, id);
        if (owner != null && !owner.equals(id)) {
          problems.error(file, at, "'" + item.textValue() + "' is also "
              + (owner.equals(OFF_TOPIC) ? "an example of " + OFF_TOPIC
                  : "a phrasing or example of entry '" + owner + "'"));
        } else if (owner != null) {
          problems.warning(file, at, "'" + item.textValue() + "' repeats a phrasing or"
              + " example of this entry");
        } else {
          redFlags.flatMap(flags -> flags.match(item.textValue())).ifPresent(flag ->
              problems.warning(file, at, "trips the red flag '" + flag.id()
                  + "': such a question gets the safety reply, whatever is filed here"));
          questions.add(item.textValue().strip());
        }
      }
      examples.put(id, List.copyOf(questions));
    }
    return problems.errorCount() > errorsBefore ? Optional.empty() : Optional.of(examples);
  }
}
