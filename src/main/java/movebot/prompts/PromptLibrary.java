package movebot.prompts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The movement prompts of {@code config/prompts.json}, validated when loaded. */
public final class PromptLibrary {
  public static final String FILE_NAME = "prompts.json";

  private final Map<String, String> categories;
  private final List<Prompt> prompts;

  private PromptLibrary(Map<String, String> categories, List<Prompt> prompts) {
    this.categories = Map.copyOf(categories);
    this.prompts = List.copyOf(prompts);
  }

  /**
   * Reads and checks the file; {@code knownSources} are the source ids of the knowledge base.
   * Every problem is listed in the exception's message, each naming the file and the prompt.
   */
  public static PromptLibrary load(Path configDir, Set<String> knownSources) throws IOException {
    Path file = configDir.resolve(FILE_NAME);
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<String> problems = new ArrayList<>();
    Map<String, String> categories = new LinkedHashMap<>();
    for (JsonNode category : root.path("categories")) {
      categories.put(category.path("id").asText(), category.path("label").asText());
    }
    List<Prompt> prompts = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode node : root.path("prompts")) {
      String id = node.path("id").asText("");
      String where = file + ": prompt '" + id + "': ";
      try {
        Prompt prompt =
            new Prompt(
                id,
                node.path("category").asText(""),
                node.path("text").asText(""),
                node.path("why").asText(""),
                node.path("source").asText(""),
                optional(node, "easier"),
                optional(node, "harder"));
        if (!ids.add(id)) {
          problems.add(where + "duplicate id");
        }
        if (!categories.containsKey(prompt.category())) {
          problems.add(where + "unknown category '" + prompt.category() + "'");
        }
        if (!knownSources.contains(prompt.sourceId())) {
          problems.add(where + "unknown source '" + prompt.sourceId() + "'");
        }
        if (prompt.category().equals("drills") && (prompt.easier().isEmpty() || prompt.harder().isEmpty())) {
          problems.add(where + "a drill needs an easier and a harder version");
        }
        prompts.add(prompt);
      } catch (IllegalArgumentException e) {
        problems.add(where + e.getMessage());
      }
    }
    if (prompts.isEmpty()) {
      problems.add(file + ": no prompts");
    }
    if (!problems.isEmpty()) {
      throw new IOException(String.join(System.lineSeparator(), problems));
    }
    return new PromptLibrary(categories, prompts);
  }

  private static Optional<String> optional(JsonNode node, String field) {
    String value = node.path(field).asText("");
    return value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  public List<Prompt> prompts() {
    return prompts;
  }

  public String categoryLabel(String categoryId) {
    return categories.getOrDefault(categoryId, categoryId);
  }
}
