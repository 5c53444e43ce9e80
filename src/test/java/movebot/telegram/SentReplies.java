package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import movebot.chat.Html;
import movebot.testing.FakeBotApi;
import movebot.testing.RecordedCall;

/** What every reply must be, whatever came in: checked on the calls the fake recorded. */
final class SentReplies {
  static final List<String> REPLY_METHODS =
      List.of("sendMessage", "editMessageText", "answerCallbackQuery", "sendPhoto", "sendDocument");
  static final Duration WAIT = Duration.ofSeconds(10);

  private SentReplies() {}

  /** The methods that post something new in a chat; a reply owed to a message is one of these. */
  static final List<String> POST_METHODS = List.of("sendMessage", "sendPhoto", "sendDocument");

  /** Every new message, photo or document the bot posted. */
  static Stream<RecordedCall> posts(FakeBotApi api) {
    return POST_METHODS.stream().flatMap(method -> api.calls(method).stream());
  }

  static Stream<RecordedCall> replies(FakeBotApi api) {
    return REPLY_METHODS.stream().flatMap(method -> api.calls(method).stream());
  }

  /**
   * Every reply was accepted, so none was over-long or broken HTML, in text or caption (the fake
   * refuses those with Telegram's 400); every text fits Telegram's 4,096 characters even before
   * HTML is parsed, and every caption shows at most 1,024.
   */
  static void assertAllValid(FakeBotApi api) {
    List<RecordedCall> refused = replies(api).filter(c -> !c.succeeded()).toList();
    assertEquals(List.of(), refused, "replies the Bot API refused");
    replies(api)
        .filter(c -> c.param("text") != null && !c.method().equals("answerCallbackQuery"))
        .forEach(c -> assertTrue(c.param("text").length() <= MessageLimits.MAX_TEXT, "over-long: " + c));
    replies(api)
        .filter(c -> c.param("caption") != null)
        .forEach(c -> assertTrue(Html.toPlain(c.param("caption")).length() <= MessageLimits.MAX_CAPTION, "over-long caption: " + c));
  }

  /** The bot still greets a newcomer: it is polling and its workers are alive. */
  static void assertAnswersStart(FakeBotApi api, long chatId) {
    api.injectMessage(chatId, chatId, "/start");
    api.awaitCall("sendMessage", c -> c.chatId() == chatId && c.succeeded() && c.param("text").contains("I'm movebot"), WAIT);
  }

  /** The message the bot sent to {@code chatId} that contains {@code text}. */
  static RecordedCall awaitMessage(FakeBotApi api, long chatId, String text) {
    return api.awaitCall("sendMessage", c -> c.chatId() == chatId && c.succeeded() && c.param("text").contains(text), WAIT);
  }

  /** The answer to the callback query {@code callbackId}. */
  static RecordedCall awaitAck(FakeBotApi api, String callbackId) {
    return api.awaitCall("answerCallbackQuery", c -> callbackId.equals(c.param("callback_query_id")), WAIT);
  }
}
