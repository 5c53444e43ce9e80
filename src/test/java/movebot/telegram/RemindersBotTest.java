package movebot.telegram;

import static movebot.telegram.SentReplies.awaitMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import movebot.testing.Eventually;
import movebot.testing.Fault;
import movebot.testing.MutableClock;
import movebot.testing.RecordedCall;
import movebot.testing.Sql;
import org.junit.jupiter.api.Test;

/** Daily prompts through the real telegrambots client and a fake Bot API, with a hand-moved clock. */
class RemindersBotTest extends WholeBotTest {
  static final String TOKEN = "4343:reminder-test-token";
  static final Duration WAIT = Duration.ofSeconds(10);
  static final Instant MONDAY_6_BERLIN = Instant.parse("2026-03-02T05:00:00Z");
  static final Instant MONDAY_7_30_BERLIN = Instant.parse("2026-03-02T06:30:00Z");

  MutableClock clock = new MutableClock(MONDAY_6_BERLIN);

  RemindersBotTest() {
    super(TOKEN);
  }

  @Override
  Clock clock() {
    return clock;
  }

  private void subscribeAtHalfPastSevenBerlin(long chat) {
    api.injectMessage(chat, chat, "/timezone Europe/Berlin");
    awaitMessage(api, chat, "Time zone set to Europe/Berlin");
    api.injectMessage(chat, chat, "/subscribe 07:30");
    awaitMessage(api, chat, "Daily movement prompt at 07:30");
  }

  private int subscriptionsWithNextFire(long user) {
    return (int) Sql.number(running.db, "SELECT count(*) FROM subscriptions WHERE user_id = " + user + " AND next_fire_at IS NOT NULL");
  }

  @Test
  void aSubscribedPromptArrivesWhenDueWithDoneSnoozeAndStop() {
    subscribeAtHalfPastSevenBerlin(40);
    clock.set(MONDAY_7_30_BERLIN);
    RecordedCall prompt = awaitMessage(api, 40, "Time to move");
    assertTrue(prompt.param("text").contains("Source: "), prompt.param("text"));
    List<String> data = prompt.buttonData();
    assertEquals(3, data.size(), data.toString());
    assertTrue(data.get(0).startsWith("p:d:") && data.get(1).startsWith("p:s:") && data.get(2).equals("p:x"), data.toString());
  }

  @Test
  void doneIsAcknowledgedAndSnoozeSendsItAgainFifteenMinutesLater() {
    subscribeAtHalfPastSevenBerlin(41);
    clock.set(MONDAY_7_30_BERLIN);
    List<String> data = awaitMessage(api, 41, "Time to move").buttonData();
    api.injectCallback(41, 41, 1, data.get(1));
    api.awaitCall("answerCallbackQuery", c -> c.param("text").contains("15 minutes"), WAIT);
    clock.set(MONDAY_7_30_BERLIN.plus(Duration.ofMinutes(15)));
    RecordedCall again = awaitMessage(api, 41, "Reminder: time to move");
    api.injectCallback(41, 41, 2, again.buttonData().get(0));
    api.awaitCall("answerCallbackQuery", c -> c.param("text").contains("Well done"), WAIT);
  }

  @Test
  void stopRemovesEveryPromptTimeInOneTap() {
    subscribeAtHalfPastSevenBerlin(42);
    api.injectMessage(42, 42, "/subscribe 18:00");
    awaitMessage(api, 42, "18:00");
    clock.set(MONDAY_7_30_BERLIN);
    List<String> data = awaitMessage(api, 42, "Time to move").buttonData();
    api.injectCallback(42, 42, 1, data.get(2));
    awaitMessage(api, 42, "To start again, send /subscribe");
    long left = Sql.number(running.db, "SELECT count(*) FROM subscriptions WHERE user_id = 42");
    assertEquals(0L, left);
  }

  @Test
  void aBlockedChatIsDeactivated() throws Exception {
    subscribeAtHalfPastSevenBerlin(43);
    api.failChat(43, Fault.forbidden("Forbidden: bot was blocked by the user"));
    clock.set(MONDAY_7_30_BERLIN);
    api.awaitCall("sendMessage", c -> c.chatId() == 43 && c.httpStatus() == 403, WAIT);
    Eventually.await(() -> subscriptionsWithNextFire(43) == 0, WAIT, "chat 43's subscriptions deactivated");
  }

  @Test
  void tooManyRequestsPausesSendingThenEverythingIsDelivered() {
    for (long chat = 50; chat < 53; chat++) {
      subscribeAtHalfPastSevenBerlin(chat);
    }
    api.failNext("sendMessage", Fault.tooManyRequests(1), 1);
    clock.set(MONDAY_7_30_BERLIN);
    List<RecordedCall> prompts = new ArrayList<>();
    for (long chat = 50; chat < 53; chat++) {
      prompts.add(awaitMessage(api, chat, "Time to move"));
    }
    RecordedCall limited = api.calls("sendMessage").stream().filter(c -> c.httpStatus() == 429).findFirst().orElseThrow();
    RecordedCall retried = prompts.stream().filter(p -> p.chatId() == limited.chatId()).findFirst().orElseThrow();
    assertTrue(!retried.at().isBefore(limited.at().plusMillis(990)), "retried " + Duration.between(limited.at(), retried.at()) + " after the 429");
    // Sends already in flight when the 429 came back still land; nothing new starts in the pause.
    long duringPause = api.calls("sendMessage").stream()
        .filter(c -> c.at().isAfter(limited.at()) && c.at().isBefore(limited.at().plusMillis(990))).count();
    assertTrue(duringPause <= 3, duringPause + " sends arrived during the pause");
    long delivered = api.calls("sendMessage").stream().filter(c -> c.succeeded() && c.param("text").contains("Time to move")).count();
    assertEquals(3, delivered, "each prompt exactly once");
  }
}
