package movebot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What the fake answers to each Bot API method it knows (all but getUpdates, which waits and so
 * lives in {@link FakeBotApi}). Checks the limits Telegram checks and refuses with its wording:
 * text 1–4096 characters after entity parsing, captions ≤ 1024, valid HTML for
 * {@code parse_mode=HTML}, callback data 1–64 bytes, command names {@code [a-z0-9_]{1,32}}.
 */
final class BotMethods {
  /** A status and a JSON body. */
  record Reply(int status, String body) {
    static Reply ok(JsonNode result) {
      return new Reply(200, Json.ok(result));
    }
  }

  private static final int MAX_TEXT = 4096;
  private static final int MAX_CAPTION = 1024;
  private static final int MAX_CALLBACK_DATA_BYTES = 64;
  private static final Pattern COMMAND_NAME = Pattern.compile("[a-z0-9_]{1,32}");

  private final Supplier<ObjectNode> botUser;
  private final AtomicLong messageIds;
  /** Lower-case name → canonical name, handler. Telegram's method names are case-insensitive. */
  private final Map<String, Map.Entry<String, Function<ObjectNode, JsonNode>>> methods = new HashMap<>();

  BotMethods(Supplier<ObjectNode> botUser, AtomicLong messageIds) {
    this.botUser = botUser;
    this.messageIds = messageIds;
    add("getMe", params -> botUser.get());
    add("deleteWebhook", params -> BooleanNode.TRUE);
    add("getUpdates", params -> { throw new IllegalStateException("getUpdates waits; FakeBotApi answers it"); });
    add("sendMessage", this::sendMessage);
    add("editMessageText", this::editMessageText);
    add("editMessageReplyMarkup", this::editMessageReplyMarkup);
    add("answerCallbackQuery", this::answerCallbackQuery);
    add("setMyCommands", this::setMyCommands);
    add("sendPhoto", this::sendPhoto);
    add("sendChatAction", this::sendChatAction);
  }

  /** The canonical spelling of a method the fake knows, if it knows it. */
  Optional<String> canonical(String method) {
    var entry = methods.get(method.toLowerCase(Locale.ROOT));
    return Optional.ofNullable(entry).map(Map.Entry::getKey);
  }

  /** Runs a known method (by canonical name); a refusal becomes a 400. */
  Reply call(String method, ObjectNode params) {
    try {
      return Reply.ok(methods.get(method.toLowerCase(Locale.ROOT)).getValue().apply(params));
    } catch (IllegalArgumentException refused) {
      return new Reply(400, Json.error(400, refused.getMessage()));
    }
  }

  private void add(String name, Function<ObjectNode, JsonNode> handler) {
    methods.put(name.toLowerCase(Locale.ROOT), Map.entry(name, handler));
  }

  private JsonNode sendMessage(ObjectNode params) {
    long chatId = chatId(params);
    String text = visibleText(params, "text", MAX_TEXT, true);
    checkKeyboard(params);
    ObjectNode message = newMessage(messageIds.incrementAndGet(), chatId);
    message.put("text", text);
    copyKeyboard(params, message);
    return message;
  }

  private JsonNode editMessageText(ObjectNode params) {
    String text = visibleText(params, "text", MAX_TEXT, true);
    checkKeyboard(params);
    if (params.hasNonNull("inline_message_id")) {
      return BooleanNode.TRUE;
    }
    ObjectNode message = editedMessage(params);
    message.put("text", text);
    copyKeyboard(params, message);
    return message;
  }

  private JsonNode editMessageReplyMarkup(ObjectNode params) {
    checkKeyboard(params);
    if (params.hasNonNull("inline_message_id")) {
      return BooleanNode.TRUE;
    }
    ObjectNode message = editedMessage(params);
    copyKeyboard(params, message);
    return message;
  }

  private JsonNode answerCallbackQuery(ObjectNode params) {
    require(params, "callback_query_id");
    return BooleanNode.TRUE;
  }

  private JsonNode setMyCommands(ObjectNode params) {
    JsonNode commands = Json.structured(params.get("commands"));
    if (commands == null || !commands.isArray()) {
      throw new IllegalArgumentException("Bad Request: parameter \"commands\" is required");
    }
    for (JsonNode command : commands) {
      if (!COMMAND_NAME.matcher(command.path("command").asText()).matches()) {
        throw new IllegalArgumentException("Bad Request: BOT_COMMAND_INVALID");
      }
    }
    return BooleanNode.TRUE;
  }

  private JsonNode sendPhoto(ObjectNode params) {
    long chatId = chatId(params);
    JsonNode photo = params.get("photo");
    if (photo == null || photo.isNull()) {
      throw new IllegalArgumentException("Bad Request: there is no photo in the request");
    }
    String caption = visibleText(params, "caption", MAX_CAPTION, false);
    checkKeyboard(params);
    long messageId = messageIds.incrementAndGet();
    ObjectNode message = newMessage(messageId, chatId);
    ObjectNode size = message.putArray("photo").addObject();
    size.put("file_id", "photo-file-" + messageId);
    size.put("file_unique_id", "photo-" + messageId);
    size.put("width", 320);
    size.put("height", 240);
    if (photo.has("size")) {
      size.put("file_size", photo.get("size").asLong());
    }
    if (caption != null) {
      message.put("caption", caption);
    }
    copyKeyboard(params, message);
    return message;
  }

  private JsonNode sendChatAction(ObjectNode params) {
    chatId(params);
    require(params, "action");
    return BooleanNode.TRUE;
  }

  private ObjectNode newMessage(long messageId, long chatId) {
    return UpdateJson.message(messageId, botUser.get(), UpdateJson.chat(chatId), Instant.now().getEpochSecond());
  }

  private ObjectNode editedMessage(ObjectNode params) {
    long chatId = chatId(params);
    require(params, "message_id");
    ObjectNode message = newMessage(params.get("message_id").asLong(), chatId);
    message.put("edit_date", Instant.now().getEpochSecond());
    return message;
  }

  private static long chatId(ObjectNode params) {
    JsonNode chatId = params.get("chat_id");
    if (chatId == null || chatId.isNull() || chatId.asText().isEmpty()) {
      throw new IllegalArgumentException("Bad Request: chat_id is empty");
    }
    return chatId.asLong();
  }

  private static void require(ObjectNode params, String name) {
    if (!params.hasNonNull(name) || params.get(name).asText().isEmpty()) {
      throw new IllegalArgumentException("Bad Request: parameter \"" + name + "\" is required");
    }
  }

  /** The text as the user sees it (HTML parsed when asked), within Telegram's length limits. */
  private static String visibleText(ObjectNode params, String field, int max, boolean required) {
    JsonNode value = params.get(field);
    String raw = value == null || value.isNull() ? "" : value.asText();
    String text = "HTML".equalsIgnoreCase(params.path("parse_mode").asText())
        ? TelegramHtml.plainText(raw)
        : raw;
    boolean isCaption = field.equals("caption");
    if (text.isBlank()) {
      if (required) {
        throw new IllegalArgumentException("Bad Request: message text is empty");
      }
      return value == null ? null : text;
    }
    // Telegram counts characters; counting code points never refuses what it would accept.
    if (text.codePointCount(0, text.length()) > max) {
      throw new IllegalArgumentException(isCaption
          ? "Bad Request: message caption is too long"
          : "Bad Request: message is too long");
    }
    return text;
  }

  private static void checkKeyboard(ObjectNode params) {
    JsonNode markup = Json.structured(params.get("reply_markup"));
    if (markup == null) {
      return;
    }
    for (JsonNode row : markup.path("inline_keyboard")) {
      for (JsonNode button : row) {
        JsonNode data = button.get("callback_data");
        if (data != null) {
          int bytes = data.asText().getBytes(StandardCharsets.UTF_8).length;
          if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
            throw new IllegalArgumentException("Bad Request: BUTTON_DATA_INVALID");
          }
        }
      }
    }
  }

  /** Telegram echoes an inline keyboard in the message it returns. */
  private static void copyKeyboard(ObjectNode params, ObjectNode message) {
    JsonNode markup = Json.structured(params.get("reply_markup"));
    if (markup != null && markup.has("inline_keyboard")) {
      message.set("reply_markup", markup);
    }
  }
}
