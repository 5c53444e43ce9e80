package movebot.faq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One labelled question of {@code src/test/resources/eval/questions.jsonl}: {@code {"q",
 * "expect": entry id | "no_match" | "safety", "accept": [entry ids]}}.
 */
record EvalQuestion(String question, String expect, Set<String> accepted) {
  enum Group {
    ANSWERABLE,
    OFF_TOPIC,
    RED_FLAG
  }

  EvalQuestion {
    accepted = Set.copyOf(accepted);
  }

  Group group() {
    return switch (expect) {
      case "no_match" -> Group.OFF_TOPIC;
      case "safety" -> Group.RED_FLAG;
      default -> Group.ANSWERABLE;
    };
  }

  /** Whether {@code answer} is what this question expects. */
  boolean isRight(Answer answer) {
    return switch (group()) {
      case OFF_TOPIC -> answer.kind() == Answer.Kind.NO_MATCH;
      case RED_FLAG -> answer.kind() == Answer.Kind.SAFETY;
      case ANSWERABLE -> answer.kind() == Answer.Kind.ANSWER
          && accepted.contains(answer.entry().orElseThrow().id());
    };
  }

  /** The project's base directory: Maven's {@code basedir}, or the working directory. */
  static Path projectDir() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  }

  static Path defaultFile() {
    return projectDir().resolve("src/test/resources/eval/questions.jsonl");
  }

  static List<EvalQuestion> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<EvalQuestion> questions = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      JsonNode line = json.readTree(lines.get(i));
      if (!line.hasNonNull("q") || !line.hasNonNull("expect")) {
        throw new IOException(file + ": line " + (i + 1) + ": needs \"q\" and \"expect\"");
      }
      String expect = line.get("expect").asText();
      Set<String> accepted = new LinkedHashSet<>();
      accepted.add(expect);
      if (line.has("accept")) {
        line.get("accept").forEach(id -> accepted.add(id.asText()));
      }
      questions.add(new EvalQuestion(line.get("q").asText(), expect, accepted));
    }
    return questions;
  }
}
