package movebot.prompts;

import java.util.Objects;
import java.util.Optional;

/**
 * One short movement prompt from {@code prompts.json}.
 *
 * @param why one line from the articles on why it helps
 * @param sourceId a source id of {@code faq.json}
 * @param easier and {@code harder}: versions of a drill, empty for other prompts
 */
public record Prompt(
    String id, String category, String text, String why, String sourceId, Optional<String> easier, Optional<String> harder) {
  public Prompt {
    for (String field : new String[] {id, category, text, why, sourceId}) {
      if (field == null || field.isBlank()) {
        throw new IllegalArgumentException("prompt " + id + " has an empty field");
      }
    }
    Objects.requireNonNull(easier, "easier");
    Objects.requireNonNull(harder, "harder");
  }
}
