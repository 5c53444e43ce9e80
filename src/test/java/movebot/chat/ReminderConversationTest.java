package movebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import movebot.config.Settings;
import movebot.reminders.ReminderStore;
import movebot.storage.Database;
import movebot.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad reminder input gets a clear, specific message and changes nothing. */
class ReminderConversationTest {
  static AnswerDesk.Library library;

  @TempDir Path dir;
  Database db;
  ReminderStore store;
  Conversation conversation;
  final Incoming.Origin me = new Incoming.Origin(3, 3, true, "en", "");

  @BeforeAll
  static void load() throws Exception {
    library = AnswerDesk.Library.load(Path.of("config"));
  }

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("m.db"));
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T05:00:00Z"));
    store = new ReminderStore(db, clock, ZoneId.of("UTC"), List.of("p1"));
    Settings settings = new Settings(ZoneId.of("UTC"), 25, 1, Duration.ofMinutes(60), Set.of(), "info");
    AnswerDesk answers = new AnswerDesk(Path.of("config"), library, new FeedbackStore(db, clock));
    conversation = new Conversation("movebot_test_bot", new UserStore(db, clock), answers,
        new ReminderDesk(store, clock, () -> {}), ProgrammeDesk.create(db, store, answers, clock, () -> {}), settings);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private String say(String text) {
    List<Reply> replies = conversation.handle(new Incoming.Text(me, text, true));
    return ((Reply.Message) replies.get(replies.size() - 1)).html();
  }

  @Test
  void anImpossibleTimeIsNamedAndNothingIsSaved() {
    assertEquals("'25:99' is not a time. Use 24-hour 07:30 or 7:30am.", Html.toPlain(say("/subscribe 25:99")));
    assertEquals(List.of(), store.subscriptions(3));
  }

  @Test
  void oneBadTimeAmongGoodOnesSavesNone() {
    assertTrue(say("/subscribe 07:30 7:61").contains("'7:61' is not a time"));
    assertEquals(List.of(), store.subscriptions(3));
  }

  @Test
  void fortyTimesAtOnceAreRefusedWhole() {
    StringBuilder times = new StringBuilder("/subscribe");
    for (int i = 0; i < 40; i++) {
      times.append(String.format(" %02d:%02d", i / 2, i % 2 * 30));
    }
    assertTrue(say(times.toString()).contains("up to 6"));
    assertEquals(List.of(), store.subscriptions(3));
  }

  @Test
  void anUnknownZoneIsNamedAndTheZoneStays() {
    say("/timezone Europe/Berlin");
    assertTrue(say("/timezone Mars/Base").contains("I don't know the time zone 'Mars/Base'"));
    assertEquals(ZoneId.of("Europe/Berlin"), store.zoneOf(3));
  }

  @Test
  void aCityAndAnOffsetAreTimeZones() {
    assertTrue(say("/timezone Kolkata").contains("Asia/Kolkata"));
    assertTrue(say("/timezone +05:45").contains("+05:45"));
  }

  @Test
  void pauseNeedsASensibleNumberOfDays() {
    say("/subscribe 07:30");
    assertTrue(say("/pause forever").contains("A number from 1 to 30"));
    assertTrue(say("/pause 90").contains("A number from 1 to 30"));
    assertTrue(say("/pause 3").contains("Paused for 3 days"));
  }

  @Test
  void pauseReadsTheDaysWordInAnyCase() {
    say("/subscribe 07:30");
    assertTrue(say("/pause 2 Days").contains("Paused for 2 days"));
    assertTrue(say("/pause 1day").contains("Paused for 1 day"));
    assertTrue(say("/pause days").contains("Paused for 1 day"));
  }

  @Test
  void anEchoedArgumentIsShortenedWithoutSplittingAnEmoji() {
    String reply = say("/timezone x" + "😀".repeat(30));
    assertTrue(reply.contains("'x" + "😀".repeat(19) + "…'"), reply);
  }

  @Test
  void subscribingInAGroupPointsToAPrivateChat() {
    Incoming.Origin group = new Incoming.Origin(-9, 3, false, "en", "");
    List<Reply> replies = conversation.handle(new Incoming.Text(group, "/subscribe 07:30", false));
    assertTrue(((Reply.Message) replies.get(0)).html().contains("private chat"));
    assertEquals(List.of(), store.subscriptions(3));
  }

  @Test
  void forgedReminderButtonsExpire() {
    say("/subscribe 07:30");
    for (String data : List.of("rm:999999", "rm:abc", "p:d:12345", "p:s:-1", "sub:9999", "sub:07:30")) {
      List<Reply> replies = conversation.handle(new Incoming.ButtonPress(me, "cb", 1, data));
      assertEquals(Texts.EXPIRED_BUTTON, assertInstanceOf(Reply.ButtonAck.class, replies.get(0)).toast(), data);
    }
    assertEquals(1, store.subscriptions(3).size());
  }

  @Test
  void forgetRemovesSubscriptionsToo() {
    say("/subscribe 07:30 18:00");
    conversation.handle(new Incoming.ButtonPress(me, "cb", 1, Conversation.FORGET_YES));
    assertEquals(List.of(), store.subscriptions(3));
  }
}
