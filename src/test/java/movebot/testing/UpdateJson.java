package movebot.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON shapes Telegram uses for users, chats and messages, filled with test values. */
final class UpdateJson {
  private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?");
  private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9_@/])@[A-Za-z0-9_]{5,32}");

  /** Chat ids at or below this are supergroups (Telegram's -100… ids). */
  private static final long SUPERGROUP_IDS = -1_000_000_000_000L;

  private UpdateJson() {}

  static ObjectNode user(long id) {
    ObjectNode user = Json.object();
    user.put("id", id);
    user.put("is_bot", false);
    user.put("first_name", "User " + id);
    user.put("username", "user" + Math.abs(id));
    user.put("language_code", "en");
    return user;
  }

  static ObjectNode bot(long id, String username) {
    ObjectNode bot = Json.object();
    bot.put("id", id);
    bot.put("is_bot", true);
    bot.put("first_name", "movebot (test)");
    bot.put("username", username);
    return bot;
  }

  /** A private chat for a positive id, a group or supergroup for a negative one. */
  static ObjectNode chat(long id) {
    return id > 0 ? privateChat(id) : groupChat(id);
  }

  static ObjectNode privateChat(long id) {
    ObjectNode chat = Json.object();
    chat.put("id", id);
    chat.put("type", "private");
    chat.put("first_name", "User " + id);
    chat.put("username", "user" + Math.abs(id));
    return chat;
  }

  static ObjectNode groupChat(long id) {
    ObjectNode chat = Json.object();
    chat.put("id", id);
    chat.put("type", id <= SUPERGROUP_IDS ? "supergroup" : "group");
    chat.put("title", "Test group " + id);
    return chat;
  }

  static ObjectNode message(long messageId, ObjectNode from, ObjectNode chat, long date) {
    ObjectNode message = Json.object();
    message.put("message_id", messageId);
    message.set("from", from);
    message.set("chat", chat);
    message.put("date", date);
    return message;
  }

  /** Adds {@code text} and the entities Telegram would mark: a leading command and @mentions. */
  static ObjectNode withText(ObjectNode message, String text) {
    message.put("text", text);
    ArrayNode entities = Json.MAPPER.createArrayNode();
    Matcher command = COMMAND.matcher(text);
    int commandEnd = 0;
    if (command.find()) {
      commandEnd = command.end();
      entities.add(entity("bot_command", 0, commandEnd));
    }
    Matcher mention = MENTION.matcher(text);
    while (mention.find()) {
      if (mention.start() >= commandEnd) {
        entities.add(entity("mention", mention.start(), mention.end() - mention.start()));
      }
    }
    if (!entities.isEmpty()) {
      message.set("entities", entities);
    }
    return message;
  }

  static ObjectNode sticker(long messageId) {
    ObjectNode sticker = Json.object();
    sticker.put("file_id", "sticker-file-" + messageId);
    sticker.put("file_unique_id", "sticker-" + messageId);
    sticker.put("type", "regular");
    sticker.put("width", 512);
    sticker.put("height", 512);
    sticker.put("is_animated", false);
    sticker.put("is_video", false);
    sticker.put("emoji", "\uD83D\uDC4D");
    return sticker;
  }

  /** {@code {"<kind>": payload}}, an update body waiting for its update_id. */
  static String update(String kind, ObjectNode payload) {
    ObjectNode update = Json.object();
    update.set(kind, payload);
    return update.toString();
  }

  private static ObjectNode entity(String type, int offset, int length) {
    ObjectNode entity = Json.object();
    entity.put("type", type);
    entity.put("offset", offset); // Java string indices are UTF-16 units, as Telegram counts
    entity.put("length", length);
    return entity;
  }
}
