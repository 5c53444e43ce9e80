package movebot.chat;

import java.util.List;
import java.util.Objects;

/** Something the bot sends. Texts are Telegram HTML, already escaped by {@link Html}. */
public sealed interface Reply {

  long chatId();

  /** A new message with optional rows of inline buttons. */
  record Message(long chatId, String html, List<List<Button>> buttons) implements Reply {
    public Message {
      Objects.requireNonNull(html, "html");
      buttons = buttons.stream().map(List::copyOf).toList();
    }

    public Message(long chatId, String html) {
      this(chatId, html, List.of());
    }
  }

  /** Replaces the text and buttons of a message the bot sent earlier. */
  record Edit(long chatId, long messageId, String html, List<List<Button>> buttons) implements Reply {
    public Edit {
      Objects.requireNonNull(html, "html");
      buttons = buttons.stream().map(List::copyOf).toList();
    }
  }

  /**
   * Acknowledges a button press so the client stops its spinner.
   *
   * @param toast a short notice shown on top of the chat, or empty for none
   */
  record ButtonAck(long chatId, String callbackId, String toast) implements Reply {
    public ButtonAck {
      Objects.requireNonNull(callbackId, "callbackId");
      toast = Objects.requireNonNullElse(toast, "");
    }
  }

  /**
   * A picture with a caption, such as the progress chart.
   *
   * @param png the image, a PNG file's bytes
   * @param fileName what the picture is called when it is saved
   * @param captionHtml at most 1,024 characters once the HTML is stripped (Telegram's caption limit)
   */
  record Photo(long chatId, byte[] png, String fileName, String captionHtml, List<List<Button>> buttons)
      implements Reply {
    public Photo {
      Objects.requireNonNull(png, "png");
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(captionHtml, "captionHtml");
      buttons = buttons.stream().map(List::copyOf).toList();
    }
  }

  /** A file to download, such as a person's own data as JSON. */
  record Document(long chatId, byte[] content, String fileName, String captionHtml) implements Reply {
    public Document {
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(captionHtml, "captionHtml");
    }
  }
}
