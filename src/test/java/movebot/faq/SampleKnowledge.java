package movebot.faq;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The small knowledge base in {@code src/test/resources/faq/sample}, and edited copies of it. */
final class SampleKnowledge {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleKnowledge() {}

  static Path directory() {
    try {
      return Path.of(SampleKnowledge.class.getResource("/faq/sample/faq.json").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static KnowledgeBase load() {
    try {
      return KnowledgeBase.load(directory());
    } catch (KnowledgeException e) {
      throw new AssertionError("the sample must load", e);
    }
  }

  /** Copies the sample into {@code dir} and returns {@code dir}. */
  static Path copyTo(Path dir) {
    try {
      for (String name : new String[] {"faq.json", "synonyms.txt", "red_flags.json"}) {
        Files.copy(directory().resolve(name), dir.resolve(name));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rewrites the JSON file {@code name} in {@code dir} after {@code edit} changed it. */
  static void editJson(Path dir, String name, Consumer<ObjectNode> edit) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(dir.resolve(name).toFile());
      edit.accept(root);
      JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(name).toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Edits the entry with {@code id} in {@code dir}'s faq.json. */
  static void editEntry(Path dir, String id, Consumer<ObjectNode> edit) {
    editJson(dir, "faq.json", root -> {
      for (var entry : (ArrayNode) root.get("entries")) {
        if (entry.get("id").asText().equals(id)) {
          edit.accept((ObjectNode) entry);
          return;
        }
      }
      throw new IllegalArgumentException("no entry " + id);
    });
  }

  static void write(Path dir, String name, String content) {
    try {
      Files.writeString(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
