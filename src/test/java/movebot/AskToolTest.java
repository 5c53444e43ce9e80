package movebot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AskToolTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int ask(String stdin, String... args) {
    return new Main(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of())
        .run(args);
  }

  private List<JsonNode> lines() throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      lines.add(new ObjectMapper().readTree(line));
    }
    return lines;
  }

  @Test
  void jsonAnswersEveryStdinQuestionInOneProcessWithTheContractFields() throws Exception {
    assertEquals(0, ask("how long should I walk\nbest mattress brand?\n\nI can't feel my groin and my back hurts\n", "ask", "--json"), err.toString());
    List<JsonNode> lines = lines();
    assertEquals(3, lines.size(), "blank lines are skipped");
    for (JsonNode line : lines) {
      List<String> fields = new ArrayList<>();
      Iterator<String> names = line.fieldNames();
      names.forEachRemaining(fields::add);
      assertEquals(List.of("q", "kind", "id", "title", "text", "source", "score", "suggestions"), fields);
    }
    assertEquals("answer", lines.get(0).get("kind").asText());
    assertTrue(lines.get(0).get("text").asText().contains("Source: " + lines.get(0).get("source").asText()));
    assertEquals("no_match", lines.get(1).get("kind").asText());
    assertTrue(lines.get(1).get("id").isNull());
    assertEquals("safety", lines.get(2).get("kind").asText());
  }

  @Test
  void textIsWhatAPersonReadsWithoutMarkup() throws Exception {
    ask("", "ask", "--json", "is", "swimming", "good");
    String text = lines().get(0).get("text").asText();
    assertTrue(!text.contains("<b>") && !text.contains("&amp;"), text);
  }

  @Test
  void plainAskPrintsTheReply() {
    assertEquals(0, ask("", "ask", "what", "is", "the", "pain", "cycle"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("Source: "));
  }
}
