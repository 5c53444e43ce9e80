package movebot.telegram;

import java.util.Optional;
import java.util.regex.Pattern;
import movebot.chat.Incoming;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns a Telegram update into the core's {@link Incoming}, or nothing for updates the bot
 * does not act on (edits, channel posts, chat member changes, anything malformed).
 */
final class UpdateMapper {
  private final long botId;
  /** "@bot" as a whole name: "@bot_2" is another bot. */
  private final Pattern mention;

  UpdateMapper(long botId, String botUsername) {
    this.botId = botId;
    this.mention = Pattern.compile("@" + Pattern.quote(botUsername) + "(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE);
  }

  Optional<Incoming> map(Update update) {
    if (update == null) {
      return Optional.empty();
    }
    if (update.getMessage() != null) {
      return message(update.getMessage());
    }
    if (update.getCallbackQuery() != null) {
      return button(update.getCallbackQuery());
    }
    return Optional.empty();
  }

  private Optional<Incoming> message(Message message) {
    Chat chat = message.getChat();
    if (chat == null || message.getChatId() == null || message.getFrom() == null || message.getFrom().getIsBot()) {
      return Optional.empty(); // channel posts and messages from other bots have no person to answer
    }
    Incoming.Origin origin = origin(chat, message.getFrom());
    if (message.getText() != null) {
      String text = MessageLimits.fitIncoming(message.getText());
      boolean addressed =
          origin.privateChat() || isReplyToBot(message) || mention.matcher(text).find();
      return Optional.of(new Incoming.Text(origin, text, addressed));
    }
    return Optional.of(new Incoming.NonText(origin, kind(message)));
  }

  private Optional<Incoming> button(CallbackQuery query) {
    MaybeInaccessibleMessage message = query.getMessage();
    if (message == null || message.getChat() == null || message.getChatId() == null
        || query.getFrom() == null || query.getId() == null || message.getMessageId() == null) {
      return Optional.empty(); // inline-mode presses carry no chat to answer in
    }
    Incoming.Origin origin = origin(message.getChat(), query.getFrom());
    return Optional.of(new Incoming.ButtonPress(origin, query.getId(), message.getMessageId(), query.getData()));
  }

  private static Incoming.Origin origin(Chat chat, User from) {
    return new Incoming.Origin(
        chat.getId(), from.getId(), "private".equals(chat.getType()), from.getLanguageCode(), from.getFirstName());
  }

  private boolean isReplyToBot(Message message) {
    Message replied = message.getReplyToMessage();
    return replied != null && replied.getFrom() != null && replied.getFrom().getId() == botId;
  }

  private static String kind(Message message) {
    if (message.hasSticker()) {
      return "sticker";
    }
    if (message.hasPhoto()) {
      return "photo";
    }
    if (message.hasVoice() || message.hasAudio()) {
      return "voice";
    }
    if (message.hasVideo() || message.hasAnimation()) {
      return "video";
    }
    if (message.hasDocument()) {
      return "document";
    }
    return "other";
  }
}
