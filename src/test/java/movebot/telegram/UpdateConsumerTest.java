package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import movebot.BotCore;
import movebot.chat.AnswerDesk;
import movebot.chat.Outbound;
import movebot.chat.Reply;
import movebot.config.Settings;
import movebot.storage.Database;
import movebot.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Batches from the poller, with the real conversation and an outbound that records. */
class UpdateConsumerTest {
  static final Duration WAIT = Duration.ofSeconds(5);
  static AnswerDesk.Library library;

  @TempDir Path dir;
  Database db;
  UpdateOffsetStore offsets;
  final List<Reply> sent = Collections.synchronizedList(new ArrayList<>());
  UpdateConsumer consumer;

  @BeforeAll
  static void load() throws Exception {
    library = AnswerDesk.Library.load(RunningBot.CONFIG);
  }

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("bot.db"));
    offsets = new UpdateOffsetStore(db);
    Outbound outbound = (reply, lane, whenDone) -> {
      sent.add(reply);
      whenDone.accept(Outbound.Outcome.DELIVERED);
    };
    BotCore core = new BotCore("movebot_test_bot", outbound, Settings.defaults(), db, library, RunningBot.CONFIG, Clock.systemUTC());
    consumer = new UpdateConsumer(new UpdateMapper(777, "movebot_test_bot"), core.conversation(), outbound,
        new UpdateRequests(offsets, 50), new IncomingThrottle(Clock.systemUTC(), 5, 1));
  }

  @AfterEach
  void close() {
    consumer.close();
    db.close();
  }

  private static Update message(long updateId, long chatId, String text) {
    try {
      return new ObjectMapper().readValue("{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
          + ",\"date\":5,\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"from\":{\"id\":" + chatId
          + ",\"is_bot\":false,\"first_name\":\"Ana\"},\"text\":\"" + text + "\"}}", Update.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long messagesTo(long chatId) {
    synchronized (sent) {
      return sent.stream().filter(r -> r.chatId() == chatId).count();
    }
  }

  @Test
  void aBatchIsStoredAndAnswered() throws Exception {
    consumer.consume(List.of(message(1, 10, "/help"), message(2, 11, "/start")));

    assertEquals(2, offsets.load());
    Eventually.await(() -> messagesTo(10) == 1 && messagesTo(11) == 1, WAIT, "both answered");
  }

  @Test
  void aBatchArrivingOnceStoppingHasBegunIsLeftForTheNextStart() {
    consumer.shutdown(Duration.ofSeconds(1));

    consumer.consume(List.of(message(1, 10, "/help")));

    assertEquals(0, offsets.load(), "not stored, so Telegram sends it again after the restart");
    assertEquals(List.of(), sent);
  }

  @Test
  void aChatOverItsBudgetGetsItsAnswersThenOneNotice() throws Exception {
    consumer.consume(LongStream.rangeClosed(1, 9).mapToObj(id -> message(id, 12, "/tip")).toList());

    Eventually.await(() -> messagesTo(12) == 6, WAIT, "five answers and a notice");
    Reply.Message last;
    synchronized (sent) {
      last = (Reply.Message) sent.get(sent.size() - 1);
    }
    assertTrue(last.html().contains("faster than I can read"), last.html());
  }
}
