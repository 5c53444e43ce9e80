package movebot.faq;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code faq.json} into records, reporting each malformed item. Rules that need the whole
 * file (unknown tags, duplicate ids, colliding phrasings) are {@link FaqRules}' job.
 */
final class FaqFile {
  static final String NAME = "faq.json";

  /**
   * What was read: the items whose fields were all present and well-typed, and the ids of all
   * sources and topics, well-formed or not, so that one source with a bad title is reported
   * once rather than again by every entry citing it.
   */
  record Content(List<Source> sources, List<Topic> topics, List<FaqEntry> entries,
      Set<String> sourceIds, Set<String> topicIds, List<String> notCovered) {
    Content {
      notCovered = List.copyOf(notCovered);
      sources = List.copyOf(sources);
      topics = List.copyOf(topics);
      entries = List.copyOf(entries);
      sourceIds = Set.copyOf(sourceIds);
      topicIds = Set.copyOf(topicIds);
    }
  }

  private FaqFile() {}

  static Optional<Content> read(Path file, Problems problems) {
    Optional<JsonObject> root =
        JsonFiles.readObject(file, problems)
            .flatMap(node -> JsonObject.of(
                node, file, "file", problems,
                Set.of("sources", "topics", "entries", "not_covered")));
    if (root.isEmpty()) {
      return Optional.empty();
    }
    List<Source> sources = items(root.get(), "sources", "source", file, problems,
        Set.of("id", "title", "file"), FaqFile::source);
    List<Topic> topics = items(root.get(), "topics", "topic", file, problems,
        Set.of("id", "label"), FaqFile::topic);
    List<FaqEntry> entries = items(root.get(), "entries", "entry", file, problems,
        Set.of("id", "title", "alternates", "answer", "tags", "source"), FaqFile::entry);
    return Optional.of(new Content(sources, topics, entries, ids(root.get(), "sources"),
        ids(root.get(), "topics"), notCovered(root.get(), file, problems)));
  }

  /**
   * The optional {@code not_covered} list: single words naming things the base deliberately
   * leaves to others (medicines, scans, products, prices), lowercase.
   */
  private static List<String> notCovered(JsonObject root, Path file, Problems problems) {
    List<String> words = new ArrayList<>();
    List<JsonNode> items = root.arrayOrEmpty("not_covered");
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String where = "not_covered[" + i + "]";
      if (!item.isTextual() || !item.textValue().strip().matches("[a-z][a-z'-]*")) {
        problems.error(file, where, "must be one lowercase word");
      } else {
        words.add(item.textValue().strip());
      }
    }
    return words;
  }

  private static Set<String> ids(JsonObject root, String key) {
    Set<String> ids = new HashSet<>();
    for (JsonNode item : root.arrayOrEmpty(key)) {
      JsonNode id = item.get("id");
      if (id != null && id.isTextual() && !id.textValue().isBlank()) {
        ids.add(id.textValue().strip());
      }
    }
    return ids;
  }

  private interface ItemReader<T> {
    Optional<T> read(JsonObject item);
  }

  private static <T> List<T> items(JsonObject root, String key, String kind, Path file,
      Problems problems, Set<String> keys, ItemReader<T> reader) {
    List<T> items = new ArrayList<>();
    List<JsonNode> nodes = root.array(key).orElse(List.of());
    for (int i = 0; i < nodes.size(); i++) {
      String where = JsonObject.itemName(kind, nodes.get(i), i);
      JsonObject.of(nodes.get(i), file, where, problems, keys)
          .flatMap(reader::read)
          .ifPresent(items::add);
    }
    return items;
  }

  private static Optional<Source> source(JsonObject item) {
    Optional<String> id = item.text("id");
    Optional<String> title = item.text("title");
    Optional<String> file = item.text("file");
    if (id.isEmpty() || title.isEmpty() || file.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Source(id.get(), title.get(), file.get()));
  }

  private static Optional<Topic> topic(JsonObject item) {
    Optional<String> id = item.text("id");
    Optional<String> label = item.text("label");
    if (id.isEmpty() || label.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Topic(id.get(), label.get()));
  }

  private static Optional<FaqEntry> entry(JsonObject item) {
    Optional<String> id = item.text("id");
    Optional<String> title = item.text("title");
    Optional<List<String>> alternates = item.texts("alternates");
    Optional<String> answer = item.text("answer");
    Optional<List<String>> tags = item.texts("tags");
    Optional<String> source = item.text("source");
    tags.filter(List::isEmpty).ifPresent(t -> item.error("tags", "is empty"));
    if (id.isEmpty() || title.isEmpty() || alternates.isEmpty() || answer.isEmpty()
        || tags.isEmpty() || source.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FaqEntry(
        id.get(), title.get(), alternates.get(), answer.get(), tags.get(), source.get()));
  }
}
