package movebot.telegram;

import static movebot.telegram.IncomingThrottle.Verdict.DROP;
import static movebot.telegram.IncomingThrottle.Verdict.DROP_AND_NOTIFY;
import static movebot.telegram.IncomingThrottle.Verdict.PASS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import movebot.testing.MutableClock;
import org.junit.jupiter.api.Test;

class IncomingThrottleTest {
  static final long CHAT = 42;

  final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T07:00:00Z"));
  final IncomingThrottle throttle = new IncomingThrottle(clock, 5, 1.0);

  /** What 50 messages a second for {@code seconds} get, as verdicts in order. */
  private List<IncomingThrottle.Verdict> flood(long chat, int seconds) {
    List<IncomingThrottle.Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < seconds * 50; i++) {
      verdicts.add(throttle.admit(chat));
      clock.advance(Duration.ofMillis(20));
    }
    return verdicts;
  }

  @Test
  void aChatMaySendFiveMessagesAtOnce() {
    for (int i = 0; i < 5; i++) {
      assertEquals(PASS, throttle.admit(CHAT));
    }
    assertEquals(DROP_AND_NOTIFY, throttle.admit(CHAT));
  }

  @Test
  void oneMessageASecondIsNeverHeldBack() {
    for (int i = 0; i < 300; i++) {
      assertEquals(PASS, throttle.admit(CHAT), "message " + i);
      clock.advance(Duration.ofSeconds(1));
    }
  }

  @Test
  void aFloodGetsOneNoticeAndItsExcessIsDropped() {
    List<IncomingThrottle.Verdict> verdicts = flood(CHAT, 3);

    assertEquals(List.of(PASS, PASS, PASS, PASS, PASS, DROP_AND_NOTIFY), verdicts.subList(0, 6));
    assertTrue(verdicts.subList(6, verdicts.size()).stream().allMatch(v -> v == DROP), verdicts.toString());
  }

  @Test
  void aThrottledChatIsHeardAgainOnlyOnceItsBucketHasRefilled() {
    flood(CHAT, 1); // the bucket ran dry a tenth of a second in

    clock.advance(Duration.ofMillis(3_000));
    assertEquals(DROP, throttle.admit(CHAT), "four seconds after running dry: still held back");
    clock.advance(Duration.ofMillis(1_200));
    assertEquals(PASS, throttle.admit(CHAT), "the bucket is full again");
  }

  @Test
  void aSteadyFloodIsAnsweredInShortBurstsWithOneNoticeAMinute() {
    List<IncomingThrottle.Verdict> verdicts = flood(CHAT, 120);

    long notices = verdicts.stream().filter(v -> v == DROP_AND_NOTIFY).count();
    long passed = verdicts.stream().filter(v -> v == PASS).count();
    assertEquals(2, notices, "one per minute");
    assertTrue(passed <= 5 + 120, passed + " answered: no more than the bucket refills");
  }

  @Test
  void otherChatsAreNotHeldBackByAFlood() {
    flood(CHAT, 2);

    assertEquals(PASS, throttle.admit(CHAT + 1));
  }

  @Test
  void chatsAtRestAreForgottenSoMemoryDoesNotGrow() {
    for (long chat = 1; chat <= 10_000; chat++) {
      throttle.admit(chat);
    }
    assertEquals(10_000, throttle.trackedChats());

    clock.advance(Duration.ofMinutes(2));
    throttle.admit(CHAT);

    assertEquals(1, throttle.trackedChats());
  }

  @Test
  void noMoreThanTheLimitOfChatsIsKeptEvenWhenAllAreBusy() {
    for (long chat = 1; chat <= IncomingThrottle.MAX_CHATS + 5_000; chat++) {
      throttle.admit(chat);
    }

    assertEquals(IncomingThrottle.MAX_CHATS, throttle.trackedChats());
  }

  @Test
  void aClockSteppingBackRefillsNothing() {
    flood(CHAT, 1);

    clock.advance(Duration.ofHours(-1));

    assertEquals(DROP, throttle.admit(CHAT));
  }
}
