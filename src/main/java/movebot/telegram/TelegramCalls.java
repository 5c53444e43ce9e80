package movebot.telegram;

import java.io.ByteArrayInputStream;
import java.util.List;
import movebot.chat.Button;
import movebot.chat.Reply;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Performs one {@link Reply} as one Bot API call. Each call builds its request afresh, so a
 * retry of a photo or document uploads the whole file again: telegrambots reads an upload's
 * stream once, when it builds the multipart body.
 */
final class TelegramCalls {
  private final TelegramClient client;

  TelegramCalls(TelegramClient client) {
    this.client = client;
  }

  void perform(Reply reply) throws TelegramApiException {
    if (reply instanceof Reply.Message message) {
      SendMessage.SendMessageBuilder<?, ?> send =
          SendMessage.builder()
              .chatId(message.chatId())
              .text(MessageLimits.fit(message.html()))
              .parseMode(ParseMode.HTML)
              .disableWebPagePreview(true);
      if (!message.buttons().isEmpty()) {
        send.replyMarkup(keyboard(message.buttons()));
      }
      client.execute(send.build());
    } else if (reply instanceof Reply.Edit edit) {
      EditMessageText.EditMessageTextBuilder<?, ?> change =
          EditMessageText.builder()
              .chatId(edit.chatId())
              .messageId(Math.toIntExact(edit.messageId()))
              .text(MessageLimits.fit(edit.html()))
              .parseMode(ParseMode.HTML)
              .disableWebPagePreview(true);
      if (!edit.buttons().isEmpty()) {
        change.replyMarkup(keyboard(edit.buttons()));
      }
      client.execute(change.build());
    } else if (reply instanceof Reply.ButtonAck ack) {
      AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer =
          AnswerCallbackQuery.builder().callbackQueryId(ack.callbackId());
      if (!ack.toast().isEmpty()) {
        answer.text(MessageLimits.fitToast(ack.toast()));
      }
      client.execute(answer.build());
    } else if (reply instanceof Reply.Photo photo) {
      SendPhoto.SendPhotoBuilder<?, ?> send =
          SendPhoto.builder().chatId(photo.chatId()).photo(upload(photo.png(), photo.fileName()));
      if (!photo.captionHtml().isEmpty()) {
        send.caption(MessageLimits.fitCaption(photo.captionHtml())).parseMode(ParseMode.HTML);
      }
      if (!photo.buttons().isEmpty()) {
        send.replyMarkup(keyboard(photo.buttons()));
      }
      client.execute(send.build());
    } else if (reply instanceof Reply.Document document) {
      SendDocument.SendDocumentBuilder<?, ?> send =
          SendDocument.builder()
              .chatId(document.chatId())
              .document(upload(document.content(), document.fileName()));
      if (!document.captionHtml().isEmpty()) {
        send.caption(MessageLimits.fitCaption(document.captionHtml())).parseMode(ParseMode.HTML);
      }
      client.execute(send.build());
    }
  }

  /** A new stream over the bytes for every attempt; the reply's array is only read. */
  private static InputFile upload(byte[] content, String fileName) {
    return new InputFile(new ByteArrayInputStream(content), UploadNames.safe(fileName));
  }

  private static InlineKeyboardMarkup keyboard(List<List<Button>> rows) {
    List<InlineKeyboardRow> keyboard =
        rows.stream()
            .map(
                row ->
                    new InlineKeyboardRow(
                        row.stream()
                            .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build())
                            .toList()))
            .toList();
    return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
  }
}
