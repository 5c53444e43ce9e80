package movebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import movebot.config.Settings;
import movebot.reminders.DuePrompt;
import movebot.reminders.Kind;
import movebot.reminders.PromptOutlet;
import movebot.reminders.ReminderStore;
import movebot.storage.Database;
import movebot.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The programmes in the conversation core: commands, buttons, due messages, bad input, /mydata and /forget. */
class ProgrammeConversationTest {
  static AnswerDesk.Library library;
  static final long ME = 3;

  @TempDir Path dir;
  Database db;
  MutableClock clock;
  ReminderStore store;
  Conversation conversation;
  PromptMessages outlet;
  final List<Reply> sent = new ArrayList<>();
  final Incoming.Origin me = new Incoming.Origin(ME, ME, true, "en", "");
  int presses;

  @BeforeAll
  static void load() throws Exception {
    library = AnswerDesk.Library.load(Path.of("config"));
  }

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("m.db"));
    clock = new MutableClock(Instant.parse("2026-03-02T05:00:00Z")); // Monday 05:00 UTC
    store = new ReminderStore(db, clock, ZoneId.of("UTC"), library.prompts().prompts().stream().map(p -> p.id()).toList());
    Settings settings = new Settings(ZoneId.of("UTC"), 25, 1, Duration.ofMinutes(60), Set.of(), "info");
    AnswerDesk answers = new AnswerDesk(Path.of("config"), library, new FeedbackStore(db, clock));
    ProgrammeDesk programmes = ProgrammeDesk.create(db, store, answers, clock, () -> {});
    conversation = new Conversation("movebot_test_bot", new UserStore(db, clock), answers,
        new ReminderDesk(store, clock, () -> {}), programmes, settings);
    outlet = new PromptMessages(answers, programmes, (reply, lane, done) -> {
      sent.add(reply);
      done.accept(Outbound.Outcome.DELIVERED);
    });
  }

  @AfterEach
  void close() {
    db.close();
  }

  private List<Reply> send(String text) {
    return conversation.handle(new Incoming.Text(me, text, true));
  }

  /** The text of the last message among the replies (a chart may follow it). */
  private String say(String text) {
    List<Reply> messages = send(text).stream().filter(r -> r instanceof Reply.Message).toList();
    return ((Reply.Message) messages.get(messages.size() - 1)).html();
  }

  private List<Reply> press(String data) {
    return conversation.handle(new Incoming.ButtonPress(me, "cb" + presses++, 1, data));
  }

  private static List<String> buttonData(Reply reply) {
    return ((Reply.Message) reply).buttons().stream().flatMap(List::stream).map(Button::data).toList();
  }

  /** Runs the scheduler to {@code until} and renders what fires, as the dispatcher would. */
  private List<Reply.Message> fireUntil(Instant until) {
    List<Reply.Message> messages = new ArrayList<>();
    while (store.nextDue().isPresent() && !store.nextDue().get().isAfter(until)) {
      clock.set(store.nextDue().get());
      List<ReminderStore.Finished> done = new ArrayList<>();
      for (DuePrompt due : store.claimDue(100, Duration.ofMinutes(60))) {
        messages.add(outlet.render(due));
        done.add(new ReminderStore.Finished(due, PromptOutlet.Result.DELIVERED));
      }
      store.finish(done);
    }
    clock.set(until);
    return messages;
  }

  @Test
  void walkStartsWithTwoButtonPressesAndTheDaysPromptNamesTheTarget() {
    List<Reply> intro = send("/walk");
    assertTrue(((Reply.Message) intro.get(0)).html().contains("208"), "the trial's figures");
    assertTrue(buttonData(intro.get(0)).contains("w:n:10"));
    List<Reply> askTime = press("w:n:10");
    assertTrue(buttonData(askTime.get(askTime.size() - 1)).contains("w:s:10:1800"));
    List<Reply> started = press("w:s:10:1800");
    String html = ((Reply.Message) started.get(started.size() - 1)).html();
    assertTrue(html.contains("10 minutes on Mon, Wed, Fri at 18:00"), html);
    assertTrue(html.contains("weekly summary on Sundays"), "the summary comes on with a first programme");
    assertTrue(html.contains("send <code>/timezone</code>"), "no zone chosen yet: the default is named and how to change it");

    List<Reply.Message> fired = fireUntil(Instant.parse("2026-03-02T18:30:00Z"));
    assertEquals(1, fired.size());
    Reply.Message walk = fired.get(0);
    assertTrue(walk.html().contains("Today's walk: 10 minutes"), walk.html());
    assertTrue(walk.html().contains("Source: Movement Retraining, Walking and Sitting Less"), walk.html());
    String log10 = buttonData(walk).stream().filter(d -> d.startsWith("w:l:") && d.endsWith(":10")).findFirst().orElseThrow();
    List<Reply> logged = press(log10);
    assertTrue(((Reply.ButtonAck) logged.get(0)).toast().contains("1 of 3 walks this week"), logged.toString());
    assertTrue(say("/progress").contains("10 min"));
  }

  @Test
  void aWalkThatHurtGetsSympathyAnEasedPlanAndAdviceToSeeSomeone() {
    say("/walk 15 18:00");
    Reply.Message walk = fireUntil(Instant.parse("2026-03-02T18:30:00Z")).get(0);
    String pain = buttonData(walk).stream().filter(d -> d.startsWith("w:p:")).findFirst().orElseThrow();
    List<Reply> replies = press(pain);
    String html = ((Reply.Message) replies.get(1)).html();
    assertTrue(html.contains("walks are now 10 minutes"), html);
    assertTrue(html.contains("see a doctor or physiotherapist"), html);
  }

  @Test
  void badWalkInputIsNamedAndSavesNothing() {
    assertTrue(say("/walk 500").contains("between 5 and 120"));
    assertTrue(say("/walk 10 25:99").contains("'25:99' is not a time"));
    assertTrue(say("/walk lots").contains("how many minutes"));
    assertTrue(say("/walk log lots").contains("/walk log 20"));
    assertTrue(store.programme(ME, Kind.WALK).isEmpty());
    assertTrue(press("w:s:999:1800").stream().allMatch(r -> r instanceof Reply.ButtonAck), "a forged button only gets 'expired'");
    assertTrue(press("w:l:12345:10").stream().allMatch(r -> r instanceof Reply.ButtonAck), "someone else's delivery");
  }

  @Test
  void sitLessIsSetWithOneLineAndStoppedWithOneTap() {
    String html = say("/sitless 9-17 every 30 min");
    assertTrue(html.contains("every 30 minutes from 09:00 to 17:00 on weekdays"), html);
    assertEquals(15, store.programme(ME, Kind.SITLESS).size());
    List<Reply.Message> fired = fireUntil(Instant.parse("2026-03-02T10:10:00Z"));
    assertEquals(2, fired.size(), "09:30 and 10:00");
    assertTrue(fired.get(0).html().contains("Stand, or walk for 2 minutes"));
    List<Reply> stopped = press(SitLessDesk.STOP);
    assertTrue(((Reply.Message) stopped.get(1)).html().contains("stopped"));
    assertTrue(store.programme(ME, Kind.SITLESS).isEmpty());
    assertTrue(say("/sitless 9-17 every 20 min").contains("30 or 45"));
    assertTrue(store.programme(ME, Kind.SITLESS).isEmpty(), "a bad line saves nothing");
  }

  @Test
  void aQuickSetupButtonSetsThoseHours() {
    List<String> setups = buttonData(send("/sitless").get(0));
    List<Reply> set = press(setups.get(1));
    assertTrue(((Reply.Message) set.get(1)).html().contains("every 30 minutes from 09:00 to 17:00 on weekdays"));
    assertEquals(15, store.programme(ME, Kind.SITLESS).size());
    assertTrue(press("s:q:7").stream().allMatch(r -> r instanceof Reply.ButtonAck), "no such setup");
  }

  @Test
  void tooEasyAndTooHardMoveBetweenVersionsOfADrill() {
    say("/drills 12:30");
    Reply.Message drill = fireUntil(Instant.parse("2026-03-02T12:45:00Z")).get(0);
    assertTrue(drill.html().contains("Your version (easier)"), "everyone starts on the easier version");
    String tooEasy = buttonData(drill).stream().filter(d -> d.startsWith("dr:e:")).findFirst().orElseThrow();
    assertTrue(((Reply.Message) press(tooEasy).get(1)).html().contains("the standard version"));
    assertTrue(((Reply.Message) press(tooEasy).get(1)).html().contains("the harder version"));
    assertTrue(((Reply.Message) press(tooEasy).get(1)).html().contains("the harder version"), "harder is the top");
    String tooHard = tooEasy.replace("dr:e:", "dr:h:");
    assertTrue(((Reply.Message) press(tooHard).get(1)).html().contains("the standard version"));
    assertTrue(press("dr:e:no-such-drill").stream().allMatch(r -> r instanceof Reply.ButtonAck));

    String done = buttonData(drill).stream().filter(d -> d.startsWith("dr:d:")).findFirst().orElseThrow();
    press(done);
    press(done);
    assertTrue(say("/progress").contains("Drills done: 1"), "pressing twice counts once");
  }

  @Test
  void remindersListsTheProgrammesThatWillAlsoSendMessages() {
    assertEquals("You have no daily prompts. Start with /subscribe.", Html.toPlain(say("/reminders")));
    say("/sitless 9-17");
    assertTrue(say("/reminders").contains("Also on: sit-less breaks (/sitless), weekly summary (/summary)."));
    say("/subscribe 07:30");
    assertTrue(say("/reminders").contains("Also on: sit-less breaks"));
  }

  @Test
  void eachLocalDayBringsTheNextDrillInTurn() {
    say("/timezone Pacific/Auckland");
    say("/drills 07:00");
    List<String> drills = fireUntil(Instant.parse("2026-03-05T00:00:00Z")).stream()
        .map(m -> buttonData(m).stream().filter(d -> d.startsWith("dr:e:")).findFirst().orElseThrow())
        .toList();
    assertEquals(3, drills.size(), "07:00 in Auckland on 3, 4 and 5 March");
    assertEquals(3, Set.copyOf(drills).size(), "a different drill each day");
  }

  @Test
  void theWeeklySummaryComesOnItsDayAndOneTapTurnsItOff() {
    say("/drills 07:00");
    assertTrue(say("/summary").contains("Sundays at 18:00"));
    assertTrue(say("/summary fri").contains("Fridays"));
    List<Reply.Message> week = fireUntil(Instant.parse("2026-03-06T18:30:00Z"));
    Reply.Message summary = week.get(week.size() - 1);
    assertTrue(summary.html().contains("Your week"), summary.html());
    assertEquals(List.of(ProgressDesk.SUMMARY_OFF), buttonData(summary));
    press(ProgressDesk.SUMMARY_OFF);
    assertTrue(store.programme(ME, Kind.SUMMARY).isEmpty());
    say("/sitless 9-17");
    assertTrue(store.programme(ME, Kind.SUMMARY).isEmpty(), "turned off stays off when another programme starts");
    assertTrue(say("/summary someday").contains("day of the week"));
  }

  @Test
  void progressSendsTextAndAChartOnceThereIsSomething() {
    assertTrue(say("/progress").contains("Nothing logged"));
    say("/walk log 25");
    List<Reply> replies = send("/progress");
    assertTrue(((Reply.Message) replies.get(0)).html().contains("25 min"));
    Reply.Photo chart = assertInstanceOf(Reply.Photo.class, replies.get(1));
    assertTrue(chart.png().length > 1000);
    assertTrue(((Reply.Message) replies.get(0)).html().contains("Streak: 1 day"));
  }

  @Test
  void myDataHoldsEverythingAndForgetRemovesEverything() throws Exception {
    say("/walk 10 18:00");
    say("/sitless 9-17");
    say("/walk log 20");
    Reply.Document file = assertInstanceOf(Reply.Document.class, send("/mydata").get(0));
    JsonNode data = new ObjectMapper().readTree(file.content());
    assertEquals(ME, data.get("user_id").asLong());
    JsonNode tables = data.get("tables");
    assertEquals(1, tables.get("users").size());
    assertEquals(1, tables.get("walking_plans").size());
    assertEquals(1, tables.get("sitless_plans").size());
    assertEquals(20, tables.get("activity").get(0).get("minutes").asInt());
    assertTrue(tables.get("subscriptions").size() > 10, "walk, ten nudges and the summary");

    press(Conversation.FORGET_YES);
    JsonNode after = new ObjectMapper().readTree(((Reply.Document) send("/mydata").get(0)).content()).get("tables");
    for (var table : (Iterable<java.util.Map.Entry<String, JsonNode>>) after::fields) {
      if (!table.getKey().equals("users")) {
        assertEquals(0, table.getValue().size(), table.getKey() + " after /forget");
      }
    }
    assertFalse(after.toString().contains("\"minutes\":20"));
  }

  @Test
  void programmesStayInPrivateChats() {
    Incoming.Origin group = new Incoming.Origin(-100, ME, false, "en", "");
    for (String command : List.of("/walk 10 18:00", "/sitless 9-17", "/drills 07:00", "/mydata")) {
      List<Reply> replies = conversation.handle(new Incoming.Text(group, command, true));
      assertTrue(((Reply.Message) replies.get(0)).html().contains("private chat"), command);
    }
    assertTrue(store.programme(ME, Kind.WALK).isEmpty());
  }
}
