package movebot.faq;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code red_flags.json}: {@code {"reply", "flags": [{"id", "label", "patterns": [...],
 * "reply"?}]}}.
 */
final class RedFlagsFile {
  static final String NAME = "red_flags.json";

  // Case-insensitive as well: messages are lowercased, so a pattern with a capital letter
  // would otherwise never match, silently. ASCII case only: Unicode case folding makes every
  // pattern about a quarter slower, and the patterns are English.
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  private RedFlagsFile() {}

  static Optional<RedFlags> read(Path file, Problems problems) {
    int errorsBefore = problems.errorCount();
    Optional<JsonObject> root =
        JsonFiles.readObject(file, problems)
            .flatMap(node -> JsonObject.of(node, file, "file", problems, Set.of("reply", "flags")));
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> defaultReply = root.get().text("reply");
    Optional<List<JsonNode>> flags = root.get().array("flags");
    if (flags.isPresent() && flags.get().isEmpty()) {
      root.get().error("flags", "is empty: the bot would never refer anyone to a doctor");
    }
    List<RedFlags.Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < flags.orElse(List.of()).size(); i++) {
      JsonNode node = flags.get().get(i);
      String where = JsonObject.itemName("flag", node, i);
      JsonObject.of(node, file, where, problems, Set.of("id", "label", "patterns", "reply"))
          .flatMap(flag -> rule(flag, defaultReply, ids))
          .ifPresent(rules::add);
    }
    if (problems.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new RedFlags(rules));
  }

  private static Optional<RedFlags.Rule> rule(
      JsonObject flag, Optional<String> defaultReply, Set<String> ids) {
    Optional<String> id = flag.text("id");
    Optional<String> label = flag.text("label");
    Optional<String> reply = flag.optionalText("reply").or(() -> defaultReply);
    id.filter(i -> !ids.add(i)).ifPresent(i -> flag.error("id", "duplicate id '" + i + "'"));
    reply.filter(r -> Html.escapedLength(r) > Html.TELEGRAM_LIMIT)
        .ifPresent(r -> flag.error("reply", "longer than one Telegram message ("
            + Html.escapedLength(r) + " > " + Html.TELEGRAM_LIMIT + " characters escaped)"));
    List<Pattern> patterns = patterns(flag);
    if (id.isEmpty() || label.isEmpty() || reply.isEmpty() || patterns.isEmpty()) {
      return Optional.empty();
    }
    RedFlag redFlag = new RedFlag(id.get(), label.get(), reply.get());
    return Optional.of(new RedFlags.Rule(redFlag, patterns));
  }

  private static List<Pattern> patterns(JsonObject flag) {
    List<String> sources = flag.texts("patterns").orElse(null);
    if (sources == null) {
      return List.of();
    }
    if (sources.isEmpty()) {
      flag.error("patterns", "is empty: the flag could never match");
    }
    List<Pattern> patterns = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      String key = "patterns[" + i + "]";
      try {
        Pattern pattern = Pattern.compile(sources.get(i), FLAGS);
        if (pattern.matcher("").find()) {
          flag.error(key, "'" + sources.get(i) + "' matches the empty string, so every message");
        } else {
          patterns.add(pattern);
        }
      } catch (PatternSyntaxException e) {
        flag.error(key, "'" + sources.get(i) + "' does not compile: " + e.getDescription()
            + " near index " + e.getIndex());
      }
    }
    return patterns;
  }
}
