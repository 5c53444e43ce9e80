package movebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import movebot.config.Settings;
import movebot.reminders.ReminderStore;
import movebot.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationTest {
  static final long ADMIN = 99;

  @TempDir Path dir;
  Database db;
  UserStore users;
  Conversation conversation;

  static final Path CONFIG = Path.of("config");
  static AnswerDesk.Library library;

  @BeforeAll
  static void loadKnowledge() throws Exception {
    library = AnswerDesk.Library.load(CONFIG);
  }

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("m.db"));
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneId.of("UTC"));
    users = new UserStore(db, clock);
    Settings settings = new Settings(ZoneId.of("UTC"), 25, 1, Duration.ofMinutes(60), Set.of(ADMIN), "info");
    AnswerDesk desk = new AnswerDesk(CONFIG, library, new FeedbackStore(db, clock));
    ReminderStore store = new ReminderStore(db, clock, ZoneId.of("UTC"), List.of("walk-10-min"));
    conversation = new Conversation("movebot_test_bot", users, desk, new ReminderDesk(store, clock, () -> {}),
        ProgrammeDesk.create(db, store, desk, clock, () -> {}), settings);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Incoming.Origin privateChat(long user) {
    return new Incoming.Origin(user, user, true, "en", "Ana");
  }

  static Incoming.Origin group(long user) {
    return new Incoming.Origin(-100, user, false, "en", "Ana");
  }

  private List<Reply> say(Incoming.Origin origin, String text, boolean addressed) {
    return conversation.handle(new Incoming.Text(origin, text, addressed));
  }

  @Test
  void wouldReplySaysWhetherHandleReplies() {
    List<Incoming> incoming = List.of(
        new Incoming.Text(privateChat(1), "/start", true),
        new Incoming.Text(privateChat(1), "is walking good for back pain", true),
        new Incoming.Text(privateChat(1), "/help@some_other_bot", true),
        new Incoming.Text(group(2), "my back hurts today", false),
        new Incoming.Text(group(2), "@movebot_test_bot is swimming ok", true),
        new Incoming.Text(group(2), "/help", false),
        new Incoming.Text(group(2), "/help@movebot_test_bot", false),
        new Incoming.Text(group(2), "/help@another_bot", false),
        new Incoming.NonText(privateChat(3), "sticker"),
        new Incoming.NonText(group(3), "photo"),
        new Incoming.ButtonPress(privateChat(4), "cb", 1, "forged"),
        new Incoming.ButtonPress(group(4), "cb", 1, Conversation.MENU_TOPICS));
    for (Incoming in : incoming) {
      assertEquals(!conversation.handle(in).isEmpty(), conversation.wouldReply(in), in.toString());
    }
  }

  @Test
  void startGreetsWithDisclaimerAndThreeButtons() {
    Reply.Message reply = assertInstanceOf(Reply.Message.class, say(privateChat(1), "/start", true).get(0));
    assertTrue(reply.html().contains("Hi Ana!"));
    assertTrue(reply.html().contains("not medical advice"));
    List<String> data = reply.buttons().stream().flatMap(List::stream).map(Button::data).toList();
    assertEquals(List.of(Conversation.MENU_ASK, Conversation.MENU_PROMPTS, Conversation.MENU_TOPICS), data);
  }

  @Test
  void firstNameIsEscaped() {
    Incoming.Origin origin = new Incoming.Origin(1, 1, true, "en", "<b>Bob</b>");
    Reply.Message reply = (Reply.Message) say(origin, "/start", true).get(0);
    assertTrue(reply.html().contains("Hi &lt;b&gt;Bob&lt;/b&gt;!"), reply.html());
  }

  @Test
  void helpListsEveryMenuCommand() {
    String help = ((Reply.Message) say(privateChat(1), "/help", true).get(0)).html();
    for (CommandMenu.Item item : CommandMenu.ITEMS) {
      assertTrue(help.contains("/" + item.command()), item.command());
    }
  }

  @Test
  void usingTheBotStoresTheUser() {
    say(privateChat(7), "/start", true);
    assertTrue(users.exists(7));
  }

  @Test
  void groupChatterIsIgnoredButAddressedTextIsAnswered() {
    assertEquals(List.of(), say(group(1), "my back hurts lol", false));
    assertEquals(1, say(group(1), "@movebot_test_bot is walking good", true).size());
  }

  @Test
  void commandForAnotherBotIsIgnoredInGroups() {
    assertEquals(List.of(), say(group(1), "/start@OtherBot", false));
    assertEquals(1, say(group(1), "/start@movebot_test_bot", false).size());
  }

  @Test
  void nonTextGetsAFriendlyLineInPrivateAndSilenceInGroups() {
    List<Reply> replies = conversation.handle(new Incoming.NonText(privateChat(1), "sticker"));
    assertEquals(Texts.NON_TEXT, ((Reply.Message) replies.get(0)).html());
    assertEquals(List.of(), conversation.handle(new Incoming.NonText(group(1), "sticker")));
  }

  @Test
  void unknownCommandPointsToHelp() {
    String text = ((Reply.Message) say(privateChat(1), "/dance", true).get(0)).html();
    assertEquals("I don't know the command /dance. Send /help to see what I can do.", text);
  }

  @Test
  void reloadIsUnknownToNonAdmins() {
    String text = ((Reply.Message) say(privateChat(1), "/reload", true).get(0)).html();
    assertTrue(text.startsWith("I don't know the command /reload"), text);
    String admin = ((Reply.Message) say(privateChat(ADMIN), "/reload", true).get(0)).html();
    assertFalse(admin.startsWith("I don't know"), admin);
  }

  @Test
  void forgetAsksFirstAndDeletesOnlyAfterYes() {
    say(privateChat(5), "/start", true);
    Reply.Message confirm = (Reply.Message) say(privateChat(5), "/forget", true).get(0);
    assertEquals(Conversation.FORGET_YES, confirm.buttons().get(0).get(0).data());
    assertTrue(users.exists(5), "nothing is deleted before the confirmation");

    List<Reply> done = conversation.handle(new Incoming.ButtonPress(privateChat(5), "cb1", 10, Conversation.FORGET_YES));
    assertInstanceOf(Reply.ButtonAck.class, done.get(0));
    Reply.Edit edit = assertInstanceOf(Reply.Edit.class, done.get(1));
    assertEquals(10, edit.messageId());
    assertEquals(Texts.FORGOTTEN, edit.html());
    assertFalse(users.exists(5));
  }

  @Test
  void forgedOrStaleButtonGetsAnExpiredNotice() {
    for (String data : List.of("", "x".repeat(200), "a:../../etc", "m:unknown", "\u0000")) {
      List<Reply> replies = conversation.handle(new Incoming.ButtonPress(privateChat(1), "cb", 3, data));
      Reply.ButtonAck ack = assertInstanceOf(Reply.ButtonAck.class, replies.get(0));
      assertEquals(Texts.EXPIRED_BUTTON, ack.toast());
      assertEquals(1, replies.size());
    }
  }
}
