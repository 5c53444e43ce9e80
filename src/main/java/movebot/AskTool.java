package movebot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import movebot.chat.AnswerDesk;
import movebot.chat.Html;
import movebot.faq.Answer;
import movebot.faq.FaqEntry;

/**
 * {@code movebot ask}: answers questions the way the chat would, without Telegram and without
 * storing anything. With {@code --json}, one object per line:
 * {@code {"q","kind","id","title","text","source","score","suggestions"}}.
 */
final class AskTool {
  private final AnswerDesk desk;
  private final boolean json;
  private final PrintStream out;
  private final ObjectMapper mapper = new ObjectMapper();

  AskTool(AnswerDesk desk, boolean json, PrintStream out) {
    this.desk = desk;
    this.json = json;
    this.out = out;
  }

  /** Answers the question made of {@code words}, or each line of {@code in} when there are none. */
  int run(List<String> words, InputStream in) throws IOException {
    if (!words.isEmpty()) {
      answer(String.join(" ", words));
      return 0;
    }
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (!line.isBlank()) {
        answer(line.strip());
      }
    }
    return 0;
  }

  private void answer(String question) throws IOException {
    AnswerDesk.Lookup lookup = desk.lookup(0, question);
    String text = Html.toPlain(lookup.reply().html());
    if (!json) {
      out.println(text);
      out.println();
      return;
    }
    Answer answer = lookup.answer();
    ObjectNode line = mapper.createObjectNode();
    line.put("q", question);
    line.put("kind", answer.kind().jsonName());
    line.put("id", answer.entry().map(FaqEntry::id).orElse(null));
    line.put("title", answer.entry().map(FaqEntry::title).orElse(null));
    line.put("text", text);
    line.put("source", answer.entry().map(desk::sourceTitle).orElse(null));
    line.put("score", Math.round(answer.score() * 1000) / 1000.0);
    answer.suggestions().forEach(s -> line.withArray("suggestions").add(s.id()));
    if (answer.suggestions().isEmpty()) {
      line.putArray("suggestions");
    }
    out.println(mapper.writeValueAsString(line));
  }
}
