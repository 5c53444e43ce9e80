package movebot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import movebot.chat.Button;
import movebot.chat.Conversation;
import movebot.chat.Html;
import movebot.chat.Incoming;
import movebot.chat.Outbound;
import movebot.chat.Reply;

/**
 * {@code movebot chat}: the same conversation in a terminal, as one private chat. Buttons
 * are shown numbered; typing the number presses the button.
 */
public final class ConsoleChat implements Outbound {
  /** The console plays one person in a private chat; the ids only need to be stable. */
  static final long CHAT_ID = 1;

  private final PrintStream out;
  private final List<Button> shownButtons = new ArrayList<>();
  private long lastMessageId;
  private int callbacks;

  public ConsoleChat(PrintStream out) {
    this.out = out;
  }

  /** Reads lines until end of input or "/quit"; returns the exit code. Prompts print when due. */
  public int run(InputStream in, Conversation conversation) throws IOException {
    out.println("movebot in your terminal. Type a question or /help; /quit to leave.");
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Incoming.Origin me = new Incoming.Origin(CHAT_ID, CHAT_ID, true, "en", "");
    out.print("> ");
    out.flush();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String text = line.strip();
      if (text.equals("/quit") || text.equals("/exit")) {
        break;
      }
      if (!text.isEmpty()) {
        List<Reply> replies = conversation.handle(toIncoming(me, text));
        synchronized (this) {
          reply(replies);
        }
      }
      out.print("> ");
      out.flush();
    }
    out.println();
    return 0;
  }

  private synchronized Incoming toIncoming(Incoming.Origin me, String text) {
    if (text.matches("\\d{1,2}")) {
      int index = Integer.parseInt(text) - 1;
      if (index >= 0 && index < shownButtons.size()) {
        return new Incoming.ButtonPress(me, "console-" + (++callbacks), lastMessageId, shownButtons.get(index).data());
      }
    }
    return new Incoming.Text(me, text, true);
  }

  @Override
  public synchronized void send(Reply reply, Lane lane, Consumer<Outcome> whenDone) {
    if (reply instanceof Reply.Message message) {
      lastMessageId++;
      print(message.html(), message.buttons());
    } else if (reply instanceof Reply.Edit edit) {
      print(edit.html(), edit.buttons());
    } else if (reply instanceof Reply.ButtonAck ack && !ack.toast().isEmpty()) {
      out.println("(" + ack.toast() + ")");
    }
    whenDone.accept(Outcome.DELIVERED);
  }

  private void print(String html, List<List<Button>> rows) {
    out.println();
    out.println(Html.toPlain(html));
    if (!rows.isEmpty()) {
      shownButtons.clear();
      StringBuilder line = new StringBuilder();
      for (List<Button> row : rows) {
        for (Button button : row) {
          shownButtons.add(button);
          line.append('[').append(shownButtons.size()).append("] ").append(button.label()).append("   ");
        }
      }
      out.println(line.toString().strip());
    }
    out.println();
  }
}
