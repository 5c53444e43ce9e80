package movebot.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Random and malformed updates built from the shapes Telegram really sends: messages and edits in
 * private chats, groups, supergroups and channels, stickers, photos, voice notes, commands with
 * random {@code @bot} suffixes, button presses with random data, and the odd ones: no sender, a
 * bot as sender, unknown fields and update types, entities pointing past the text. Each comes
 * with what the bot owes it, so a test can check nothing was swallowed.
 *
 * <p>Chats are used in turn, {@code perChat} updates each at most, so a test can keep every chat
 * under the bot's flood throttle and know exactly what should be answered.
 */
public final class RandomUpdates {
  /** What the bot owes an update. */
  public enum Owed {
    /** At least one message to its chat. */
    MESSAGE,
    /** One answer to its callback query. */
    ACK,
    /** Nothing: the bot must stay silent. */
    NOTHING,
    /** It depends on details not worth modelling; only validity is checked. */
    ANYTHING,
    /** An update the Telegram library cannot read (dated 0); skipped, and logged by the library. */
    UNREADABLE
  }

  /** One update, ready for {@link FakeBotApi#injectRaw}. */
  public record Generated(String json, Owed owed, long chatId, String callbackId) {}

  private static final List<String> COMMANDS = List.of(
      "start", "help", "privacy", "ask", "topics", "tip", "forget", "subscribe", "unsubscribe", "stop",
      "reminders", "timezone", "pause", "resume", "reload", "frobnicate", "START", "a", "x".repeat(33));
  private static final List<String> DATA = List.of(
      "m:ask", "m:prompts", "m:topics", "forget:no", "a:", "a:walking", "t:walking", "t:", "f+:", "f-:x",
      "rm:1", "rm:-5", "p:d:1", "p:s:1", "p:x", "sub:0730", "sub:9999", "sub:type", "😀", "", " ");
  /** What the bot reads as a command: a name of 1-32 letters, digits or '_' after the '/'. */
  private static final Pattern COMMAND = Pattern.compile("/[A-Za-z0-9_]{1,32}(?=@|\\s|$)");
  private static final String[] OTHER_BOTS = {"OtherBot", "some_other_bot", "x", "movebot_test_bot_2"};

  private final Random random;
  private final RandomText text;
  private final String botUsername;
  private final long botId;
  private final int chats;
  private long counter;

  /**
   * @param chats how many chats of each kind to spread the updates over
   */
  public RandomUpdates(Random random, long botId, String botUsername, int chats) {
    this.random = random;
    this.text = new RandomText(random);
    this.botId = botId;
    this.botUsername = botUsername;
    this.chats = chats;
  }

  public Generated next() {
    counter++;
    long slot = counter % chats;
    int roll = random.nextInt(100);
    if (roll < 35) {
      return privateText(100_000 + slot);
    }
    if (roll < 50) {
      return groupText(random.nextBoolean() ? -200_000 - slot : -1_000_000_200_000L - slot);
    }
    if (roll < 62) {
      return callback(random.nextInt(3) == 0 ? -300_000 - slot : 300_000 + slot);
    }
    if (roll < 72) {
      return media(random.nextBoolean() ? 400_000 + slot : -400_000 - slot);
    }
    if (roll < 80) {
      return ignoredKind(-1_000_000_500_000L - slot);
    }
    if (roll < 99) {
      return malformed(600_000 + slot);
    }
    return unreadable(700_000 + slot);
  }

  private Generated privateText(long chatId) {
    ObjectNode message = message(chatId, UpdateJson.user(chatId), UpdateJson.privateChat(chatId));
    String said = random.nextInt(4) == 0 ? command(true) : text.any();
    message.put("text", said);
    maybeEntities(message);
    return new Generated(update("message", message), forAnotherBot(said) ? Owed.NOTHING : Owed.MESSAGE, chatId, null);
  }

  private Generated groupText(long chatId) {
    ObjectNode message = message(chatId, UpdateJson.user(1_000 + random.nextInt(50)), UpdateJson.groupChat(chatId));
    Owed owed;
    switch (random.nextInt(5)) {
      case 0 -> { // a command for this bot, with or without its name
        String command = command(false);
        message.put("text", command);
        // "/" and 33 letters is not a command but text, answered in a group only if it names the bot
        boolean mentions = command.toLowerCase(Locale.ROOT).contains("@" + botUsername.toLowerCase(Locale.ROOT));
        owed = COMMAND.matcher(command).lookingAt() || mentions ? Owed.MESSAGE : Owed.NOTHING;
      }
      case 1 -> { // a command for another bot
        message.put("text", "/" + COMMANDS.get(random.nextInt(COMMANDS.size())) + "@" + OTHER_BOTS[random.nextInt(OTHER_BOTS.length)]);
        owed = Owed.NOTHING;
      }
      case 2 -> { // a mention
        message.put("text", "hey " + text.mixed(2) + " @" + botUsername + " " + text.any());
        owed = Owed.MESSAGE;
      }
      case 3 -> { // a reply to the bot
        ObjectNode original = UpdateJson.message(1, UpdateJson.bot(botId, botUsername), UpdateJson.groupChat(chatId), now());
        original.put("text", "(the bot's earlier message)");
        message.set("reply_to_message", original);
        message.put("text", "hey " + text.any());
        owed = Owed.MESSAGE;
      }
      default -> { // people talking to each other (no '/' start, no mention)
        message.put("text", "hey " + text.any().replace("/", "").replace("@", ""));
        owed = Owed.NOTHING;
      }
    }
    maybeEntities(message);
    return new Generated(update("message", message), owed, chatId, null);
  }

  private Generated callback(long chatId) {
    String id = "fuzz-" + counter;
    ObjectNode original = UpdateJson.message(1 + random.nextInt(1000), UpdateJson.bot(botId, botUsername), UpdateJson.chat(chatId),
        random.nextInt(10) == 0 ? 0 : now()); // date 0: a message the bot can no longer see, as Telegram sends it
    ObjectNode query = Json.object();
    query.put("id", id);
    query.set("from", UpdateJson.user(chatId > 0 ? chatId : 2_000 + random.nextInt(50)));
    query.set("message", original);
    query.put("chat_instance", "ci" + chatId);
    if (random.nextInt(10) != 0) { // game callbacks come without data
      query.put("data", random.nextBoolean() ? DATA.get(random.nextInt(DATA.size())) : text.mixed(1 + random.nextInt(30)));
    }
    unknownFields(query);
    return new Generated(update("callback_query", query), Owed.ACK, chatId, id);
  }

  private Generated media(long chatId) {
    ObjectNode message = message(chatId, UpdateJson.user(Math.abs(chatId)), UpdateJson.chat(chatId));
    switch (random.nextInt(4)) {
      case 0 -> message.set("sticker", UpdateJson.sticker(counter));
      case 1 -> {
        ArrayNode sizes = message.putArray("photo");
        ObjectNode size = sizes.addObject();
        size.put("file_id", "p" + counter);
        size.put("file_unique_id", "pu" + counter);
        size.put("width", 90);
        size.put("height", 90);
        if (random.nextBoolean()) {
          message.put("caption", text.any());
        }
      }
      case 2 -> {
        ObjectNode voice = message.putObject("voice");
        voice.put("file_id", "v" + counter);
        voice.put("file_unique_id", "vu" + counter);
        voice.put("duration", random.nextInt(100));
      }
      default -> {
        ObjectNode location = message.putObject("location");
        location.put("latitude", random.nextDouble() * 180 - 90);
        location.put("longitude", random.nextDouble() * 360 - 180);
      }
    }
    return new Generated(update("message", message), chatId > 0 ? Owed.MESSAGE : Owed.NOTHING, chatId, null);
  }

  /** Channel posts, edits and update types the bot does not handle. */
  private Generated ignoredKind(long chatId) {
    return switch (random.nextInt(5)) {
      case 0 -> {
        ObjectNode post = message(chatId, null, channel(chatId));
        post.put("text", text.any());
        yield new Generated(update("channel_post", post), Owed.NOTHING, chatId, null);
      }
      case 1 -> {
        long person = -chatId;
        ObjectNode edit = message(person, UpdateJson.user(person), UpdateJson.privateChat(person));
        edit.put("text", text.any());
        edit.put("edit_date", now());
        yield new Generated(update("edited_message", edit), Owed.NOTHING, person, null);
      }
      case 2 -> {
        ObjectNode edit = message(chatId, null, channel(chatId));
        edit.put("text", "/start");
        edit.put("edit_date", now());
        yield new Generated(update("edited_channel_post", edit), Owed.NOTHING, chatId, null);
      }
      case 3 -> {
        ObjectNode member = Json.object();
        member.set("chat", UpdateJson.groupChat(chatId));
        member.set("from", UpdateJson.user(5));
        member.put("date", now());
        member.putObject("old_chat_member").put("status", "left").set("user", UpdateJson.bot(botId, botUsername));
        member.putObject("new_chat_member").put("status", "member").set("user", UpdateJson.bot(botId, botUsername));
        yield new Generated(update("my_chat_member", member), Owed.NOTHING, chatId, null);
      }
      default -> {
        ObjectNode unknown = Json.object();
        unknown.put("id", counter);
        unknown.set("chat", UpdateJson.privateChat(-chatId));
        unknown.put("text", "/start");
        yield new Generated(update("update_type_from_2031_" + random.nextInt(5), unknown), Owed.NOTHING, -chatId, null);
      }
    };
  }

  /** Shapes Telegram should never send but a proxy, a bug or a forger might. */
  private Generated malformed(long chatId) {
    ObjectNode message = message(chatId, UpdateJson.user(chatId), UpdateJson.privateChat(chatId));
    String said = random.nextBoolean() ? command(true) : text.any();
    message.put("text", said);
    Owed owed;
    switch (random.nextInt(6)) {
      case 0 -> {
        message.remove("from");
        owed = Owed.NOTHING;
      }
      case 1 -> {
        message.set("from", UpdateJson.bot(chatId, "another_bot"));
        owed = Owed.NOTHING;
      }
      case 2 -> {
        message.remove("text"); // no text, no media: "something else"
        owed = Owed.MESSAGE;
      }
      case 3 -> {
        ((ObjectNode) message.get("chat")).put("type", "secret_chat_v" + random.nextInt(9)); // not private: a group rule applies
        owed = Owed.ANYTHING;
      }
      case 4 -> {
        ((ObjectNode) message.get("chat")).remove("type"); // telegrambots requires a chat type
        owed = Owed.UNREADABLE;
      }
      default -> {
        unknownFields(message);
        unknownFields((ObjectNode) message.get("from"));
        // Random text can open like a command for another bot ("/H@ア…"), which is owed silence.
        owed = forAnotherBot(said) ? Owed.NOTHING : Owed.MESSAGE;
      }
    }
    ObjectNode update = Json.object();
    update.set("message", message);
    unknownFields(update);
    return new Generated(update.toString(), owed, chatId, null);
  }

  private Generated unreadable(long chatId) {
    ObjectNode message = UpdateJson.message(counter, UpdateJson.user(chatId), UpdateJson.privateChat(chatId), 0);
    message.put("text", "/help");
    return new Generated(update("message", message), Owed.UNREADABLE, chatId, null);
  }

  /**
   * "/cmd@OtherBot ..." : the bot must stay silent. Random text can start that way too, so the
   * rule is applied to it as the bot applies it.
   */
  private boolean forAnotherBot(String said) {
    String text = said.strip();
    if (!text.startsWith("/") || text.length() < 2) {
      return false;
    }
    int end = 1;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    String head = text.substring(1, end);
    int at = head.indexOf('@');
    // Only a well-formed command name can be addressed to another bot; "/中文@x" is text.
    return at >= 0 && head.substring(0, at).matches("[A-Za-z0-9_]{1,32}")
        && !head.substring(at + 1).toLowerCase(Locale.ROOT).equals(botUsername.toLowerCase(Locale.ROOT));
  }

  private String command(boolean privateChat) {
    String name = COMMANDS.get(random.nextInt(COMMANDS.size()));
    String suffix = random.nextInt(3) == 0 ? "@" + (privateChat && random.nextBoolean() ? botUsername.toUpperCase() : botUsername) : "";
    String argument = random.nextBoolean() ? "" : " " + text.any();
    return "/" + name + suffix + argument;
  }

  /** Sometimes entities, and sometimes ones that point past the end of the text. */
  private void maybeEntities(ObjectNode message) {
    if (random.nextInt(4) != 0) {
      return;
    }
    ArrayNode entities = message.putArray("entities");
    for (int i = random.nextInt(3); i >= 0; i--) {
      ObjectNode entity = entities.addObject();
      entity.put("type", random.nextBoolean() ? "bot_command" : "mention_of_the_future");
      entity.put("offset", random.nextInt(50));
      entity.put("length", 1 + random.nextInt(50));
    }
  }

  private void unknownFields(ObjectNode node) {
    if (random.nextInt(3) == 0) {
      node.put("field_from_2031_" + random.nextInt(3), text.mixed(2));
      node.putObject("nested_future_" + random.nextInt(3)).putArray("values").add(random.nextInt()).addNull().add(true);
    }
  }

  private ObjectNode message(long chatId, ObjectNode from, ObjectNode chat) {
    ObjectNode message = Json.object();
    message.put("message_id", 1 + random.nextInt(1_000_000));
    if (from != null) {
      message.set("from", from);
    }
    message.set("chat", chat);
    message.put("date", now());
    return message;
  }

  private static ObjectNode channel(long chatId) {
    ObjectNode chat = Json.object();
    chat.put("id", chatId);
    chat.put("type", "channel");
    chat.put("title", "Channel " + chatId);
    return chat;
  }

  private static String update(String kind, ObjectNode payload) {
    return UpdateJson.update(kind, payload);
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }
}
