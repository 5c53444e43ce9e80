package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import movebot.BotCore;
import movebot.chat.AnswerDesk;
import movebot.chat.Outbound;
import movebot.chat.Reply;
import movebot.config.Settings;
import movebot.storage.Database;
import movebot.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code movebot run} starts polling before the search index is built: a question taken in
 * meanwhile is answered once the index is ready, not refused or dropped.
 */
class QuestionBeforeIndexTest {
  static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path dir;

  @Test
  void aQuestionTakenInBeforeTheIndexIsReadyIsAnsweredOnceItIs() throws Exception {
    AnswerDesk.Library library = AnswerDesk.Library.read(RunningBot.CONFIG);
    List<Reply> sent = Collections.synchronizedList(new ArrayList<>());
    Outbound outbound = (reply, lane, whenDone) -> {
      sent.add(reply);
      whenDone.accept(Outbound.Outcome.DELIVERED);
    };
    try (Database db = Database.open(dir.resolve("bot.db"))) {
      UpdateOffsetStore offsets = new UpdateOffsetStore(db);
      BotCore core = new BotCore("movebot_test_bot", outbound, Settings.defaults(), db, library, RunningBot.CONFIG, Clock.systemUTC());
      UpdateConsumer consumer = new UpdateConsumer(new UpdateMapper(777, "movebot_test_bot"), core.conversation(), outbound,
          new UpdateRequests(offsets, 50), new IncomingThrottle(Clock.systemUTC(), 5, 1));
      try {
        consumer.consume(List.of(question(1, 30, "how long should I walk?")));

        assertEquals(1, offsets.load(), "taken in");
        Eventually.await(QuestionBeforeIndexTest::aThreadWaitsForTheIndex, WAIT, "the answer waits for the index");
        assertEquals(List.of(), sent);

        library.index();

        Eventually.await(() -> sent.size() == 1, WAIT, "answered");
        Reply.Message answer = (Reply.Message) sent.get(0);
        assertEquals(30, answer.chatId());
        assertTrue(answer.html().contains("Source: "), answer.html());
      } finally {
        consumer.close();
      }
    }
  }

  private static boolean aThreadWaitsForTheIndex() {
    return Thread.getAllStackTraces().values().stream()
        .anyMatch(stack -> Arrays.stream(stack)
            .anyMatch(f -> f.getClassName().equals(AnswerDesk.Library.class.getName()) && f.getMethodName().equals("answerer")));
  }

  private static Update question(long updateId, long chatId, String text) throws Exception {
    return new ObjectMapper().readValue("{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
        + ",\"date\":5,\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"from\":{\"id\":" + chatId
        + ",\"is_bot\":false,\"first_name\":\"Ana\"},\"text\":\"" + text + "\"}}", Update.class);
  }
}
