package movebot.chat;

import java.util.Objects;

/** Something a person sent, already free of Telegram types. */
public sealed interface Incoming {

  Origin origin();

  /**
   * Who sent it and where.
   *
   * @param chatId where replies go
   * @param userId the person (in a private chat the same number as {@code chatId})
   * @param privateChat false for groups and supergroups
   * @param languageCode the person's Telegram language, or empty
   * @param firstName for a friendly greeting, or empty; never stored
   */
  record Origin(long chatId, long userId, boolean privateChat, String languageCode, String firstName) {
    public Origin {
      languageCode = Objects.requireNonNullElse(languageCode, "");
      firstName = Objects.requireNonNullElse(firstName, "");
    }
  }

  /**
   * A text message.
   *
   * @param addressedToBot true when it mentions the bot or replies to one of its messages
   *     (in a private chat every message is addressed to the bot)
   */
  record Text(Origin origin, String text, boolean addressedToBot) implements Incoming {
    public Text {
      Objects.requireNonNull(origin, "origin");
      text = Objects.requireNonNullElse(text, "");
    }
  }

  /** A press on one of the bot's inline buttons; {@code data} is untrusted. */
  record ButtonPress(Origin origin, String callbackId, long messageId, String data) implements Incoming {
    public ButtonPress {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(callbackId, "callbackId");
      data = Objects.requireNonNullElse(data, "");
    }
  }

  /** A sticker, photo, voice note or anything else that is not text. */
  record NonText(Origin origin, String kind) implements Incoming {
    public NonText {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(kind, "kind");
    }
  }
}
