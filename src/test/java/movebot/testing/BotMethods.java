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
 * {@code parse_mode=HTML}, callback data 1–64 bytes, command names {@code [a-z0-9_]{1,32}},
 * uploads non-empty and photos pictures within Telegram's dimensions. Not modelled: upload size
 * limits (10 MB photos, 50 MB documents), thumbnails, other send* methods.
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

  /** Photo sizes Telegram makes: a thumbnail, then the picture, at most this wide or high. */
  private static final int THUMBNAIL_SIDE = 90;
  private static final int LARGEST_SIDE = 1280;

  private final Supplier<ObjectNode> botUser;
  private final AtomicLong messageIds;
  /** Lower-case name → canonical name, handler. Telegram's method names are case-insensitive. */
  private final Map<String, Map.Entry<String, Function<RequestParams.Parsed, JsonNode>>> methods =
      new HashMap<>();

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
    addWithFiles("sendPhoto", this::sendPhoto);
    addWithFiles("sendDocument", this::sendDocument);
    add("sendChatAction", this::sendChatAction);
  }

  /** The canonical spelling of a method the fake knows, if it knows it. */
  Optional<String> canonical(String method) {
    var entry = methods.get(method.toLowerCase(Locale.ROOT));
    return Optional.ofNullable(entry).map(Map.Entry::getKey);
  }

  /** Runs a known method (by canonical name); a refusal becomes a 400. */
  Reply call(String method, RequestParams.Parsed request) {
    try {
      return Reply.ok(methods.get(method.toLowerCase(Locale.ROOT)).getValue().apply(request));
    } catch (IllegalArgumentException refused) {
      return new Reply(400, Json.error(400, refused.getMessage()));
    }
  }

  private void add(String name, Function<ObjectNode, JsonNode> handler) {
    addWithFiles(name, request -> handler.apply(request.params()));
  }

  private void addWithFiles(String name, Function<RequestParams.Parsed, JsonNode> handler) {
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

  private JsonNode sendPhoto(RequestParams.Parsed request) {
    ObjectNode params = request.params();
    long chatId = chatId(params);
    UploadedFile upload = request.files().get("photo");
    JsonNode photo = params.get("photo");
    if (upload == null && !isFileReference(photo)) {
      throw new IllegalArgumentException("Bad Request: there is no photo in the request");
    }
    ImageFiles.Size size = new ImageFiles.Size(LARGEST_SIDE, LARGEST_SIDE * 3 / 4); // a photo sent by file id
    if (upload != null) {
      size = pictureSize(upload);
    }
    String caption = visibleText(params, "caption", MAX_CAPTION, false);
    checkKeyboard(params);
    long messageId = messageIds.incrementAndGet();
    ObjectNode message = newMessage(messageId, chatId);
    var sizes = message.putArray("photo");
    ImageFiles.Size thumbnail = scaled(size, THUMBNAIL_SIDE);
    ImageFiles.Size largest = scaled(size, LARGEST_SIDE);
    if (!thumbnail.equals(largest)) {
      photoSize(sizes.addObject(), messageId, "t", thumbnail);
    }
    ObjectNode full = photoSize(sizes.addObject(), messageId, "f", largest);
    if (upload != null) {
      full.put("file_size", upload.size());
    }
    putCaption(message, caption);
    copyKeyboard(params, message);
    return message;
  }

  /** What Telegram refuses in an upload sent as a photo; otherwise the picture's size. */
  private static ImageFiles.Size pictureSize(UploadedFile upload) {
    if (upload.size() == 0) {
      throw new IllegalArgumentException("Bad Request: file must be non-empty");
    }
    byte[] bytes = upload.bytes();
    if (!ImageFiles.isImage(bytes)) {
      throw new IllegalArgumentException("Bad Request: IMAGE_PROCESS_FAILED");
    }
    ImageFiles.Size size = ImageFiles.pngSize(bytes).orElse(new ImageFiles.Size(320, 240));
    long longer = Math.max(size.width(), size.height());
    long shorter = Math.min(size.width(), size.height());
    if (size.width() + (long) size.height() > 10_000 || longer > 20 * shorter) {
      throw new IllegalArgumentException("Bad Request: PHOTO_INVALID_DIMENSIONS");
    }
    return size;
  }

  private static ImageFiles.Size scaled(ImageFiles.Size size, int maxSide) {
    int longer = Math.max(size.width(), size.height());
    if (longer <= maxSide) {
      return size;
    }
    return new ImageFiles.Size(
        Math.max(1, (int) ((long) size.width() * maxSide / longer)),
        Math.max(1, (int) ((long) size.height() * maxSide / longer)));
  }

  private static ObjectNode photoSize(ObjectNode node, long messageId, String kind, ImageFiles.Size size) {
    node.put("file_id", "photo-file-" + messageId + "-" + kind);
    node.put("file_unique_id", "photo-" + messageId + "-" + kind);
    node.put("width", size.width());
    node.put("height", size.height());
    return node;
  }

  private JsonNode sendDocument(RequestParams.Parsed request) {
    ObjectNode params = request.params();
    long chatId = chatId(params);
    UploadedFile upload = request.files().get("document");
    JsonNode document = params.get("document");
    if (upload == null && !isFileReference(document)) {
      throw new IllegalArgumentException("Bad Request: there is no document in the request");
    }
    if (upload != null && upload.size() == 0) {
      throw new IllegalArgumentException("Bad Request: file must be non-empty");
    }
    String caption = visibleText(params, "caption", MAX_CAPTION, false);
    checkKeyboard(params);
    long messageId = messageIds.incrementAndGet();
    ObjectNode message = newMessage(messageId, chatId);
    ObjectNode file = message.putObject("document");
    if (upload != null) {
      file.put("file_name", upload.fileName());
      file.put("mime_type", mimeType(upload));
    }
    file.put("file_id", "document-file-" + messageId);
    file.put("file_unique_id", "document-" + messageId);
    if (upload != null) {
      file.put("file_size", upload.size());
    }
    putCaption(message, caption);
    copyKeyboard(params, message);
    return message;
  }

  /**
   * A file id or URL given as text. {@code attach://name} with no part of that name is not one:
   * the upload it names is missing.
   */
  private static boolean isFileReference(JsonNode value) {
    return value != null && value.isTextual() && !value.textValue().isBlank()
        && !value.textValue().startsWith("attach://");
  }

  /** The part's own type when it has a useful one; otherwise a guess from the name, as Telegram makes. */
  private static String mimeType(UploadedFile upload) {
    String declared = RequestParams.mediaType(upload.contentType());
    if (!declared.isEmpty() && !declared.equals("application/octet-stream")) {
      return declared;
    }
    String name = upload.fileName().toLowerCase(Locale.ROOT);
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    return switch (extension) {
      case "json" -> "application/json";
      case "txt" -> "text/plain";
      case "csv" -> "text/csv";
      case "pdf" -> "application/pdf";
      case "png" -> "image/png";
      case "jpg", "jpeg" -> "image/jpeg";
      default -> "application/octet-stream";
    };
  }

  /** Telegram echoes a caption as the text a person sees. */
  private static void putCaption(ObjectNode message, String caption) {
    if (caption != null && !caption.isEmpty()) {
      message.put("caption", caption);
    }
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
