package movebot.faq;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One object of a knowledge file (the file itself, an entry, a flag). Each getter reports a
 * missing, mistyped or blank value as an error naming the key, and returns empty so that the
 * reader can carry on and find the next problem too.
 */
final class JsonObject {
  private final JsonNode node;
  private final Path file;
  private final String where;
  private final Problems problems;

  private JsonObject(JsonNode node, Path file, String where, Problems problems) {
    this.node = node;
    this.file = file;
    this.where = where;
    this.problems = problems;
  }

  /**
   * Wraps {@code node}, or reports that it is not an object. Keys outside {@code known} are
   * reported as warnings: they are usually typos ("alternate" for "alternates") whose content
   * would otherwise be ignored without a word.
   */
  static Optional<JsonObject> of(
      JsonNode node, Path file, String where, Problems problems, Set<String> known) {
    if (node == null || !node.isObject()) {
      problems.error(file, where, "must be an object {...}");
      return Optional.empty();
    }
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!known.contains(key)) {
        problems.warning(file, where, "unknown key '" + key + "' is ignored (known: "
            + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
    return Optional.of(new JsonObject(node, file, where, problems));
  }

  String where() {
    return where;
  }

  /** Reports an error about this object. */
  void error(String key, String reason) {
    problems.error(file, where, key + ": " + reason);
  }

  void warning(String key, String reason) {
    problems.warning(file, where, key + ": " + reason);
  }

  /** A required, non-blank string. */
  Optional<String> text(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      error(key, "missing");
      return Optional.empty();
    }
    return checkedText(key, value);
  }

  /** An optional string: absent is fine, present must be non-blank. */
  Optional<String> optionalText(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    return checkedText(key, value);
  }

  private Optional<String> checkedText(String key, JsonNode value) {
    if (!value.isTextual()) {
      error(key, "must be a string");
      return Optional.empty();
    }
    if (value.textValue().isBlank()) {
      error(key, "is empty");
      return Optional.empty();
    }
    return Optional.of(value.textValue().strip());
  }

  /** A required array of non-blank strings; blank or mistyped items are reported and skipped. */
  Optional<List<String>> texts(String key) {
    Optional<List<JsonNode>> items = array(key);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < items.get().size(); i++) {
      JsonNode item = items.get().get(i);
      if (!item.isTextual()) {
        error(key + "[" + i + "]", "must be a string");
      } else if (item.textValue().isBlank()) {
        error(key + "[" + i + "]", "is empty");
      } else {
        texts.add(item.textValue().strip());
      }
    }
    return Optional.of(texts);
  }

  /** A required array. */
  Optional<List<JsonNode>> array(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      error(key, "missing");
      return Optional.empty();
    }
    if (!value.isArray()) {
      error(key, "must be an array [...]");
      return Optional.empty();
    }
    List<JsonNode> items = new ArrayList<>();
    value.forEach(items::add);
    return Optional.of(items);
  }

  /** The items of an array, without reporting anything: for a second look at checked input. */
  List<JsonNode> arrayOrEmpty(String key) {
    JsonNode value = node.get(key);
    List<JsonNode> items = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(items::add);
    }
    return items;
  }

  /** A readable label for the {@code index}-th item of an array, by its id when it has one. */
  static String itemName(String kind, JsonNode item, int index) {
    JsonNode id = item == null ? null : item.get("id");
    if (id != null && id.isTextual() && !id.textValue().isBlank()) {
      return kind + " '" + id.textValue().strip() + "'";
    }
    return kind + " #" + (index + 1);
  }
}
