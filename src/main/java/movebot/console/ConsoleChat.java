package movebot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * are shown numbered; typing the number presses the button. Pictures and files the bot sends
 * are saved in a folder (beside the database when run from {@code Main}) and their caption is
 * printed with the path.
 */
public final class ConsoleChat implements Outbound {
  /** The console plays one person in a private chat; the ids only need to be stable. */
  static final long CHAT_ID = 1;

  private final PrintStream out;
  private final SavedFiles files;
  private final List<Button> shownButtons = new ArrayList<>();
  private long lastMessageId;
  private int callbacks;

  /** Saves files in {@code movebot-files} in the system's temporary folder. */
  public ConsoleChat(PrintStream out) {
    this(out, Path.of(System.getProperty("java.io.tmpdir"), "movebot-files"));
  }

  /** Saves files in {@code filesFolder}, which is created when the first file arrives. */
  public ConsoleChat(PrintStream out, Path filesFolder) {
    this.out = out;
    this.files = new SavedFiles(filesFolder);
  }

  /** Where the console saves files for a database: {@code data/movebot.db} → {@code data/movebot-files}. */
  public static Path filesBeside(Path database) {
    return SavedFiles.besideDatabase(database);
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
    Outcome outcome = Outcome.DELIVERED;
    if (reply instanceof Reply.Message message) {
      lastMessageId++;
      print(message.html(), "", message.buttons());
    } else if (reply instanceof Reply.Edit edit) {
      print(edit.html(), "", edit.buttons());
    } else if (reply instanceof Reply.ButtonAck ack && !ack.toast().isEmpty()) {
      out.println("(" + ack.toast() + ")");
    } else if (reply instanceof Reply.Photo photo) {
      lastMessageId++;
      outcome = saveAndPrint("Picture", photo.fileName(), photo.png(), photo.captionHtml(), photo.buttons());
    } else if (reply instanceof Reply.Document document) {
      lastMessageId++;
      outcome = saveAndPrint("File", document.fileName(), document.content(), document.captionHtml(), List.of());
    }
    whenDone.accept(outcome);
  }

  /** A terminal cannot show a picture: save it, then print the caption and where it went. */
  private Outcome saveAndPrint(String what, String fileName, byte[] bytes, String captionHtml, List<List<Button>> rows) {
    try {
      Path saved = files.save(fileName, bytes);
      print(captionHtml, "[" + what + " saved: " + saved + "]", rows);
      return Outcome.DELIVERED;
    } catch (IOException | RuntimeException e) {
      print(captionHtml, "[" + what + " " + fileName + " could not be saved in " + files.folder() + ": " + e.getMessage() + "]", rows);
      return Outcome.FAILED;
    }
  }

  private void print(String html, String note, List<List<Button>> rows) {
    out.println();
    String text = Html.toPlain(html);
    if (!text.isEmpty()) {
      out.println(text);
    }
    if (!note.isEmpty()) {
      out.println(note);
    }
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
