package movebot.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import movebot.storage.Database;
import movebot.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReminderStoreTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Duration GRACE = Duration.ofMinutes(60);
  static final long USER = 7;
  static final List<String> PROMPTS = IntStream.rangeClosed(1, 5).mapToObj(i -> "p" + i).toList();

  @TempDir Path dir;
  Database db;
  MutableClock clock;
  ReminderStore store;

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("m.db"));
    clock = new MutableClock(Instant.parse("2026-03-02T05:00:00Z")); // Monday 06:00 in Berlin
    store = new ReminderStore(db, clock, ZoneId.of("UTC"), PROMPTS);
    db.write(c -> c.createStatement().executeUpdate(
        "INSERT INTO users (user_id, chat_id, created_at, last_seen_at) VALUES (" + USER + ", " + USER + ", 0, 0)"));
    store.setZone(USER, BERLIN);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Subscription subscribe(String time, Days days) {
    assertInstanceOf(ReminderStore.Added.class, store.add(USER, USER, List.of(LocalTime.parse(time)), days));
    return store.subscriptions(USER).stream().filter(s -> s.time().equals(LocalTime.parse(time))).findFirst().orElseThrow();
  }

  @Test
  void nextFireIsTheLocalTimeInThePersonsZone() {
    Subscription s = subscribe("07:30", Days.DAILY);
    assertEquals(Optional.of(Instant.parse("2026-03-02T06:30:00Z")), s.nextFire());
  }

  @Test
  void changingTheZoneRecomputesEveryTime() {
    subscribe("07:30", Days.DAILY);
    store.setZone(USER, ZoneId.of("Asia/Kathmandu")); // +05:45: 07:30 there is 01:45 UTC
    assertEquals(Optional.of(Instant.parse("2026-03-03T01:45:00Z")), store.subscriptions(USER).get(0).nextFire());
  }

  @Test
  void aDuePromptIsClaimedOnceAndTheNextFireMovesToTomorrow() {
    subscribe("07:30", Days.DAILY);
    clock.set(Instant.parse("2026-03-02T06:30:00Z"));
    List<DuePrompt> due = store.claimDue(10, GRACE);
    assertEquals(1, due.size());
    assertEquals(Instant.parse("2026-03-02T06:30:00Z"), due.get(0).fireAt());
    assertEquals(List.of(), store.claimDue(10, GRACE));
    assertEquals(Optional.of(Instant.parse("2026-03-03T06:30:00Z")), store.subscriptions(USER).get(0).nextFire());
  }

  @Test
  void aPromptUpToTheGraceWindowLateIsStillSent() {
    subscribe("07:30", Days.DAILY);
    clock.set(Instant.parse("2026-03-02T07:29:59Z")); // 59:59 late
    assertEquals(1, store.claimDue(10, GRACE).size());
  }

  @Test
  void aPromptMoreThanTheGraceWindowLateIsSkipped() {
    subscribe("07:30", Days.DAILY);
    clock.set(Instant.parse("2026-03-02T07:30:01Z")); // 60:01 late
    assertEquals(List.of(), store.claimDue(10, GRACE));
    assertEquals(Optional.of(Instant.parse("2026-03-03T06:30:00Z")), store.subscriptions(USER).get(0).nextFire());
  }

  @Test
  void aMultiDayOutageProducesOnePromptAtMost() {
    subscribe("07:30", Days.DAILY);
    clock.set(Instant.parse("2026-03-05T06:40:00Z")); // three days later, 10 minutes after today's time
    List<DuePrompt> due = store.claimDue(10, GRACE);
    assertEquals(1, due.size(), "only today's prompt, late; the missed days are not sent");
    assertEquals(Instant.parse("2026-03-05T06:30:00Z"), due.get(0).fireAt());
    assertEquals(List.of(), store.claimDue(10, GRACE));
  }

  @Test
  void aMultiDayOutageOutsideTheWindowProducesNone() {
    subscribe("07:30", Days.DAILY);
    clock.set(Instant.parse("2026-03-05T12:00:00Z"));
    assertEquals(List.of(), store.claimDue(10, GRACE));
    assertEquals(Optional.of(Instant.parse("2026-03-06T06:30:00Z")), store.subscriptions(USER).get(0).nextFire());
  }

  @Test
  void weekdayPromptsSkipTheWeekend() {
    subscribe("18:00", Days.WEEKDAYS);
    clock.set(Instant.parse("2026-03-06T17:00:00Z")); // Friday 18:00 Berlin
    assertEquals(1, store.claimDue(10, GRACE).size());
    assertEquals(Optional.of(Instant.parse("2026-03-09T17:00:00Z")), store.subscriptions(USER).get(0).nextFire());
  }

  @Test
  void pausingSkipsThePausedDaysAndResumingBringsThemBack() {
    subscribe("07:30", Days.DAILY);
    store.pause(USER, Instant.parse("2026-03-05T05:00:00Z"));
    assertEquals(Optional.of(Instant.parse("2026-03-05T06:30:00Z")), store.subscriptions(USER).get(0).nextFire());
    clock.set(Instant.parse("2026-03-03T06:30:00Z"));
    assertEquals(List.of(), store.claimDue(10, GRACE), "nothing while paused");
    store.resume(USER);
    assertEquals(Optional.of(Instant.parse("2026-03-04T06:30:00Z")), store.subscriptions(USER).get(0).nextFire());
  }

  @Test
  void noMoreThanSixTimesAndNothingHalfSaved() {
    List<LocalTime> five = IntStream.range(6, 11).mapToObj(h -> LocalTime.of(h, 0)).toList();
    store.add(USER, USER, five, Days.DAILY);
    ReminderStore.AddResult result = store.add(USER, USER, List.of(LocalTime.of(12, 0), LocalTime.of(13, 0)), Days.DAILY);
    assertInstanceOf(ReminderStore.TooMany.class, result);
    assertEquals(5, store.subscriptions(USER).size());
  }

  @Test
  void atMostOnePromptPerSubscriptionAndLocalDate() {
    Subscription s = subscribe("07:30", Days.DAILY);
    clock.set(Instant.parse("2026-03-02T06:30:00Z"));
    DuePrompt first = store.claimDue(10, GRACE).get(0);
    store.finish(List.of(new ReminderStore.Finished(first, PromptOutlet.Result.DELIVERED)));
    // Whatever moves next_fire_at back into the same date, the date is not sent twice.
    db.write(c -> c.createStatement().executeUpdate(
        "UPDATE subscriptions SET next_fire_at = " + first.fireAt().getEpochSecond() + " WHERE id = " + s.id()));
    assertEquals(List.of(), store.claimDue(10, GRACE));
  }

  @Test
  void anAbandonedClaimIsReleasedAndSentLater() {
    subscribe("07:30", Days.DAILY);
    clock.set(Instant.parse("2026-03-02T06:30:00Z"));
    DuePrompt claimed = store.claimDue(10, GRACE).get(0);
    store.finish(List.of(new ReminderStore.Finished(claimed, PromptOutlet.Result.ABANDONED)));
    clock.advance(Duration.ofMinutes(2)); // the bot restarts
    List<DuePrompt> again = store.claimDue(10, GRACE);
    assertEquals(1, again.size());
    assertEquals(claimed.fireAt(), again.get(0).fireAt());
  }

  @Test
  void claimsLeftByACrashAreSentAgainWithinTheWindowAndFailedAfterIt() {
    clock.set(Instant.parse("2026-03-02T04:00:00Z")); // 05:00 in Berlin: both times are still ahead today
    subscribe("07:30", Days.DAILY);
    subscribe("07:00", Days.DAILY);
    clock.set(Instant.parse("2026-03-02T06:30:00Z")); // 07:30 in Berlin
    assertEquals(2, store.claimDue(10, GRACE).size()); // 07:00 (30 min late) and 07:30; then a crash
    clock.set(Instant.parse("2026-03-02T07:15:00Z"));
    List<DuePrompt> resend = store.recoverUnfinished(GRACE);
    assertEquals(1, resend.size(), "07:30 is 45 min old: sent again; 07:00 is 75 min old: failed");
    assertEquals(Instant.parse("2026-03-02T06:30:00Z"), resend.get(0).fireAt());
  }

  @Test
  void aGoneChatStopsItsPromptsUntilThePersonSubscribesAgain() {
    subscribe("07:30", Days.DAILY);
    store.deactivateChat(USER);
    clock.set(Instant.parse("2026-03-02T06:30:00Z"));
    assertEquals(List.of(), store.claimDue(10, GRACE));
    assertTrue(store.subscriptions(USER).get(0).nextFire().isEmpty());
    subscribe("07:30", Days.DAILY);
    assertTrue(store.subscriptions(USER).get(0).nextFire().isPresent());
  }

  @Test
  void noPromptRepeatsBeforeAllHaveBeenSeen() {
    subscribe("07:30", Days.DAILY);
    Set<String> round = new HashSet<>();
    Instant day = Instant.parse("2026-03-02T06:30:00Z");
    for (int i = 0; i < PROMPTS.size(); i++) {
      clock.set(day.plus(Duration.ofDays(i)));
      assertTrue(round.add(store.claimDue(10, GRACE).get(0).promptId()), "repeated within a round: " + round);
    }
    assertEquals(Set.copyOf(PROMPTS), round);
    clock.set(day.plus(Duration.ofDays(PROMPTS.size())));
    assertTrue(PROMPTS.contains(store.claimDue(10, GRACE).get(0).promptId()), "a new round starts");
  }

  @Test
  void snoozeSendsThePromptOnceMoreAfterFifteenMinutes() {
    subscribe("07:30", Days.DAILY);
    clock.set(Instant.parse("2026-03-02T06:30:00Z"));
    DuePrompt prompt = store.claimDue(10, GRACE).get(0);
    assertTrue(store.snooze(USER, prompt.deliveryId(), Duration.ofMinutes(15)));
    assertEquals(false, store.snooze(USER, prompt.deliveryId(), Duration.ofMinutes(15)), "once per prompt");
    clock.advance(Duration.ofMinutes(14));
    assertEquals(List.of(), store.claimDueSnoozes(10));
    clock.advance(Duration.ofMinutes(1));
    List<DuePrompt> repeat = store.claimDueSnoozes(10);
    assertEquals(1, repeat.size());
    assertTrue(repeat.get(0).snoozed());
    assertEquals(prompt.promptId(), repeat.get(0).promptId());
  }

  @Test
  void anotherPersonCannotTouchADelivery() {
    subscribe("07:30", Days.DAILY);
    clock.set(Instant.parse("2026-03-02T06:30:00Z"));
    DuePrompt prompt = store.claimDue(10, GRACE).get(0);
    assertEquals(false, store.markDone(USER + 1, prompt.deliveryId()));
    assertTrue(store.delivery(USER + 1, prompt.deliveryId()).isEmpty());
  }
}
