package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import movebot.chat.Outbound.Lane;
import movebot.chat.Outbound.Outcome;
import movebot.chat.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class PacedSenderTest {

  /** A performer that records what it sent and when, and fails on cue per chat. */
  static final class ScriptedPerformer implements PacedSender.Performer {
    record Sent(Reply reply, long atNanos) {}

    final List<Sent> sent = new ArrayList<>();
    final Map<Long, Deque<Exception>> failures = new HashMap<>();
    final AtomicInteger attempts = new AtomicInteger();
    volatile CountDownLatch gate = new CountDownLatch(0);
    /** Until this System.nanoTime(), every send fails with a 502. */
    volatile long outageUntil = Long.MIN_VALUE;

    synchronized void failNext(long chatId, Exception... errors) {
      failures.computeIfAbsent(chatId, id -> new ArrayDeque<>()).addAll(List.of(errors));
    }

    @Override
    public void perform(Reply reply) throws Exception {
      gate.await();
      attempts.incrementAndGet();
      Exception failure;
      synchronized (this) {
        Deque<Exception> queue = failures.get(reply.chatId());
        failure = queue == null ? null : queue.poll();
        if (failure == null && System.nanoTime() < outageUntil) {
          failure = apiError(502, "Bad Gateway", null);
        }
        if (failure == null) {
          sent.add(new Sent(reply, System.nanoTime()));
        }
      }
      if (failure != null) {
        throw failure;
      }
    }

    synchronized List<Sent> sent() {
      return List.copyOf(sent);
    }
  }

  static TelegramApiRequestException apiError(int code, String description, Integer retryAfter) {
    return new TelegramApiRequestException(
        "failed",
        ApiResponse.builder()
            .ok(false)
            .errorCode(code)
            .errorDescription(description)
            .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter))
            .build());
  }

  final ScriptedPerformer performer = new ScriptedPerformer();
  final BlockingQueue<Long> gone = new LinkedBlockingQueue<>();
  PacedSender sender;

  PacedSender sender(double global, double perChat) {
    sender = new PacedSender(performer, global, perChat, gone::add, () -> {}, Duration.ofMillis(10));
    return sender;
  }

  @AfterEach
  void stop() {
    if (sender != null) {
      sender.shutdown(Duration.ofSeconds(1));
    }
  }

  static Reply.Message message(long chat, String text) {
    return new Reply.Message(chat, text);
  }

  /** Sends and returns a queue that receives the outcome. */
  BlockingQueue<Outcome> send(Reply reply, Lane lane) {
    BlockingQueue<Outcome> outcome = new LinkedBlockingQueue<>();
    sender.send(reply, lane, outcome::add);
    return outcome;
  }

  static Outcome await(BlockingQueue<Outcome> outcome) throws InterruptedException {
    Outcome result = outcome.poll(10, TimeUnit.SECONDS);
    assertNotNull(result, "no outcome within 10 s");
    return result;
  }

  @Test
  void repliesGoAheadOfQueuedPrompts() throws Exception {
    sender(20, 1);
    performer.gate = new CountDownLatch(1); // hold the first send so the rest queue up
    List<BlockingQueue<Outcome>> prompts = new ArrayList<>();
    for (int chat = 1; chat <= 10; chat++) {
      prompts.add(send(message(chat, "prompt"), Lane.PROMPT));
    }
    BlockingQueue<Outcome> reply = send(message(99, "reply"), Lane.REPLY);
    performer.gate.countDown();
    assertEquals(Outcome.DELIVERED, await(reply));
    for (BlockingQueue<Outcome> prompt : prompts) {
      assertEquals(Outcome.DELIVERED, await(prompt));
    }
    List<Long> order = performer.sent().stream().map(s -> s.reply().chatId()).toList();
    assertTrue(order.indexOf(99L) <= 1, "the reply went out second at the latest: " + order);
  }

  @Test
  void messagesToOneChatAreSpacedByThePerChatInterval() throws Exception {
    sender(1000, 10); // 100 ms apart
    List<BlockingQueue<Outcome>> outcomes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      outcomes.add(send(message(5, "m" + i), Lane.REPLY));
    }
    for (BlockingQueue<Outcome> o : outcomes) {
      assertEquals(Outcome.DELIVERED, await(o));
    }
    List<ScriptedPerformer.Sent> sent = performer.sent();
    assertEquals(List.of("m0", "m1", "m2"), sent.stream().map(s -> ((Reply.Message) s.reply()).html()).toList());
    for (int i = 1; i < sent.size(); i++) {
      long gap = sent.get(i).atNanos() - sent.get(i - 1).atNanos();
      assertTrue(gap >= TimeUnit.MILLISECONDS.toNanos(100), "gap " + gap / 1_000_000 + " ms");
    }
  }

  @Test
  void theGlobalRateIsNeverExceeded() throws Exception {
    sender(50, 1); // one send every 20 ms
    List<BlockingQueue<Outcome>> outcomes = new ArrayList<>();
    for (int chat = 0; chat < 11; chat++) {
      outcomes.add(send(message(chat, "x"), Lane.PROMPT));
    }
    for (BlockingQueue<Outcome> o : outcomes) {
      assertEquals(Outcome.DELIVERED, await(o));
    }
    List<ScriptedPerformer.Sent> sent = performer.sent();
    long span = sent.get(sent.size() - 1).atNanos() - sent.get(0).atNanos();
    // Permits are exactly 20 ms apart; the recorded times carry thread-start jitter, so allow
    // one interval of it. Without pacing the 11 sends would take about a millisecond.
    assertTrue(span >= TimeUnit.MILLISECONDS.toNanos(180), "11 sends at 50/s take about 200 ms, took " + span / 1_000_000);
  }

  @Test
  void tooManyRequestsPausesEveryoneThenDeliversTheSameMessageOnce() throws Exception {
    sender(100, 100);
    performer.failNext(1, apiError(429, "Too Many Requests: retry after 1", 1));
    long start = System.nanoTime();
    BlockingQueue<Outcome> first = send(message(1, "a"), Lane.PROMPT);
    assertEquals(Outcome.DELIVERED, await(first));
    BlockingQueue<Outcome> other = send(message(2, "b"), Lane.REPLY);
    assertEquals(Outcome.DELIVERED, await(other));
    List<ScriptedPerformer.Sent> sent = performer.sent();
    assertEquals(2, sent.size());
    assertTrue(sent.get(0).atNanos() - start >= TimeUnit.SECONDS.toNanos(1), "waited for retry_after");
    assertEquals(2, performer.sent().stream().map(ScriptedPerformer.Sent::reply).distinct().count());
  }

  @Test
  void transientFailuresAreRetriedThenDelivered() throws Exception {
    sender(100, 100);
    performer.failNext(3, apiError(502, "Bad Gateway", null), new TelegramApiRequestException("reset", new java.io.IOException("reset")));
    assertEquals(Outcome.DELIVERED, await(send(message(3, "hello"), Lane.PROMPT)));
    assertEquals(3, performer.attempts.get());
    assertEquals(1, performer.sent().size());
  }

  @Test
  void retriesAreBounded() throws Exception {
    sender(100, 100);
    for (int i = 0; i < PacedSender.MAX_ATTEMPTS; i++) {
      performer.failNext(4, apiError(500, "Internal Server Error", null));
    }
    assertEquals(Outcome.FAILED, await(send(message(4, "never"), Lane.PROMPT)));
    assertEquals(PacedSender.MAX_ATTEMPTS, performer.attempts.get());
  }

  @Test
  void aSendWithoutAnAnswerIsNotSentAgain() throws Exception {
    sender(100, 100);
    performer.failNext(7, new TelegramApiException("Unable to execute sendmessage method",
        new UnansweredRequests.NoAnswerException(new SocketTimeoutException("timeout"))));
    assertEquals(Outcome.FAILED, await(send(message(7, "maybe delivered"), Lane.PROMPT)));
    assertEquals(Outcome.DELIVERED, await(send(message(7, "next"), Lane.PROMPT)), "the chat goes on");
    assertEquals(2, performer.attempts.get(), "one attempt each: the unanswered one is not repeated");
  }

  @Test
  void aBlockedChatIsReportedAndItsQueueDropped() throws Exception {
    sender(100, 1);
    performer.failNext(8, apiError(403, "Forbidden: bot was blocked by the user", null));
    performer.gate = new CountDownLatch(1); // both messages are queued before the first attempt
    BlockingQueue<Outcome> first = send(message(8, "one"), Lane.PROMPT);
    BlockingQueue<Outcome> second = send(message(8, "two"), Lane.PROMPT);
    performer.gate.countDown();
    assertEquals(Outcome.CHAT_GONE, await(first));
    assertEquals(Outcome.CHAT_GONE, await(second));
    assertEquals(8L, gone.poll(5, TimeUnit.SECONDS));
    assertEquals(0, performer.sent().size());
  }

  @Test
  void anOutageLongerThanOneMessagesRetriesLosesNothingAndIsProbedNotHammered() throws Exception {
    sender(1000, 100); // retries alone would give up after 10+20+40+80+160 ms
    performer.outageUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    List<BlockingQueue<Outcome>> outcomes = new ArrayList<>();
    for (int chat = 0; chat < 20; chat++) {
      outcomes.add(send(message(chat, "prompt"), Lane.PROMPT));
    }
    for (BlockingQueue<Outcome> o : outcomes) {
      assertEquals(Outcome.DELIVERED, await(o));
    }
    assertEquals(20, performer.sent().size());
    // All 20 went out before the first failure came back; from then on the sender paused
    // everything with a growing backoff, trying a message now and then to see whether the
    // server was back (about ten times in 2 s), then delivered the 20.
    assertTrue(performer.attempts.get() <= 20 + 20 + 20, performer.attempts.get() + " attempts for 20 messages over a 2 s outage");
  }

  @Test
  void rejectedMessagesAreNotRetried() throws Exception {
    sender(100, 100);
    performer.failNext(6, apiError(400, "Bad Request: can't parse entities", null));
    assertEquals(Outcome.FAILED, await(send(message(6, "<b"), Lane.REPLY)));
    assertEquals(1, performer.attempts.get());
  }

  @Test
  void shutdownAbandonsWhatIsStillQueued() throws Exception {
    sender(1, 1); // one per second: the second message is still queued at shutdown
    BlockingQueue<Outcome> first = send(message(1, "a"), Lane.PROMPT);
    BlockingQueue<Outcome> second = send(message(2, "b"), Lane.PROMPT);
    assertEquals(Outcome.DELIVERED, await(first));
    sender.shutdown(Duration.ofSeconds(1));
    assertEquals(Outcome.ABANDONED, await(second));
    assertEquals(Outcome.ABANDONED, await(send(message(3, "late"), Lane.REPLY)));
  }
}
