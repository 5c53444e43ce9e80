package movebot.telegram;

import static movebot.telegram.SentReplies.awaitMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import movebot.config.Settings;
import movebot.testing.Fault;
import movebot.testing.FakeBotApi;
import movebot.testing.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole bot through the real telegrambots client and a fake Bot API on 127.0.0.1. */
class TelegramBotTest {
  static final String TOKEN = "4242:test-token-for-the-fake-api";
  static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path dir;
  FakeBotApi api;
  RunningBot running;

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start(TOKEN);
  }

  @AfterEach
  void stop() throws Exception {
    if (running != null) {
      running.close();
    }
    api.close();
  }

  private void runBot() throws Exception {
    running = new RunningBot(api, TOKEN, dir.resolve("bot.db"), Settings.defaults());
  }

  @Test
  void startAndHelpAreAnsweredWithinOneSecond() throws Exception {
    runBot();
    Instant sent = Instant.now();
    api.injectMessage(10, 10, "/start");
    RecordedCall welcome = awaitMessage(api, 10, "not medical advice");
    assertTrue(Duration.between(sent, welcome.at()).compareTo(Duration.ofSeconds(1)) <= 0, "took " + Duration.between(sent, welcome.at()));
    assertEquals(List.of("m:ask", "m:prompts", "m:topics"), welcome.buttonData());
    assertTrue(welcome.param("parse_mode").equalsIgnoreCase("html"));

    sent = Instant.now();
    api.injectMessage(11, 11, "/help");
    RecordedCall help = awaitMessage(api, 11, "/privacy");
    assertTrue(Duration.between(sent, help.at()).compareTo(Duration.ofSeconds(1)) <= 0);
  }

  @Test
  void registersTheCommandMenuAtStartUp() throws Exception {
    runBot();
    RecordedCall menu = api.awaitCall("setMyCommands", c -> true, WAIT);
    List<String> commands = new ArrayList<>();
    menu.json("commands").forEach(c -> commands.add(c.path("command").asText()));
    assertTrue(commands.containsAll(List.of("start", "help", "ask", "topics", "privacy", "forget")), commands.toString());
  }

  @Test
  void aRefusedCommandMenuIsOnlyAWarning() throws Exception {
    api.failNext("setMyCommands", Fault.badRequest("Bad Request: BOT_COMMANDS_TOO_MUCH"), 1);
    runBot();
    api.injectMessage(12, 12, "/start");
    awaitMessage(api, 12, "not medical advice");
  }

  @Test
  void aQuestionGetsTitleAnswerSourceAndButtons() throws Exception {
    runBot();
    api.injectMessage(20, 20, "how long should I walk?");
    RecordedCall answer = awaitMessage(api, 20, "Source: ");
    assertTrue(answer.param("text").startsWith("<b>"), answer.param("text"));
    List<String> data = answer.buttonData();
    assertTrue(data.stream().anyMatch(d -> d.startsWith("a:")), data.toString());
    assertTrue(data.stream().anyMatch(d -> d.startsWith("f+:")), data.toString());
    assertTrue(data.stream().anyMatch(d -> d.startsWith("f-:")), data.toString());
  }

  @Test
  void anOffTopicQuestionIsAnsweredHonestly() throws Exception {
    runBot();
    api.injectMessage(21, 21, "which mattress should i buy for a bad back");
    RecordedCall reply = awaitMessage(api, 21, "I don't have an answer");
    assertTrue(reply.buttonData().stream().allMatch(d -> d.startsWith("a:")));
    assertTrue(reply.buttonData().size() <= 3);
  }

  @Test
  void aRedFlagGetsUrgentAdviceAndNoExerciseButtons() throws Exception {
    runBot();
    api.injectMessage(22, 22, "my back hurts and since this morning I can't control my bladder");
    RecordedCall reply = awaitMessage(api, 22, "medical help");
    assertEquals(List.of(), reply.buttonData());
  }

  @Test
  void aThumbsUpIsAcknowledgedAndStored() throws Exception {
    runBot();
    api.injectMessage(23, 23, "is swimming good for back pain");
    RecordedCall answer = awaitMessage(api, 23, "Source: ");
    String vote = answer.buttonData().stream().filter(d -> d.startsWith("f+:")).findFirst().orElseThrow();
    api.injectCallback(23, 23, 1, vote);
    RecordedCall ack = api.awaitCall("answerCallbackQuery", c -> true, WAIT);
    assertTrue(ack.param("text").contains("Thanks"), ack.toString());
    String stored = running.db.read(c -> {
      try (var rs = c.createStatement().executeQuery("SELECT entry_id || '|' || question || '|' || helpful FROM feedback")) {
        return rs.next() ? rs.getString(1) : "";
      }
    });
    assertEquals(vote.substring(3) + "|is swimming good for back pain|1", stored);
  }

  @Test
  void topicsLeadToEntriesAndEntriesToAnswers() throws Exception {
    runBot();
    api.injectMessage(24, 24, "/topics");
    RecordedCall topics = awaitMessage(api, 24, "Topics");
    String walking = topics.buttonData().stream().filter(d -> d.equals("t:walking")).findFirst().orElseThrow();
    api.injectCallback(24, 24, 1, walking);
    RecordedCall entries = awaitMessage(api, 24, "Walking");
    String first = entries.buttonData().get(0);
    assertTrue(first.startsWith("a:"), first);
    api.injectCallback(24, 24, 2, first);
    awaitMessage(api, 24, "Source: ");
  }

  @Test
  void inGroupsOnlyCommandsForThisBotMentionsAndRepliesAreAnswered() throws Exception {
    runBot();
    api.injectGroupMessage(-500, 30, "/start@SomeOtherBot");
    api.injectGroupMessage(-500, 30, "my back is sore today");
    api.injectGroupMessage(-500, 30, "/help@" + api.botUsername());
    awaitMessage(api, -500, "/privacy");
    api.injectGroupMessage(-500, 31, "@" + api.botUsername() + " is swimming good for back pain");
    awaitMessage(api, -500, "Source: ");
    List<RecordedCall> toGroup = api.calls("sendMessage").stream().filter(c -> c.chatId() == -500).toList();
    assertEquals(2, toGroup.size(), "only /help and the mention were answered: " + toGroup);
  }

  @Test
  void aStickerGetsAFriendlyLine() throws Exception {
    runBot();
    api.injectSticker(25, 25);
    awaitMessage(api, 25, "I can only read text");
  }

  @Test
  void aSendThatFailsWithServerErrorsIsRetriedAndArrivesOnce() throws Exception {
    runBot();
    api.failNext("sendMessage", Fault.serverError(502), 2);
    api.injectMessage(26, 26, "/help");
    awaitMessage(api, 26, "/privacy");
    long delivered = api.calls("sendMessage").stream().filter(c -> c.chatId() == 26 && c.succeeded()).count();
    assertEquals(1, delivered);
  }

  @Test
  void stopSendsTheRepliesStillQueuedForMessagesItTookIn() throws Exception {
    runBot();
    api.injectMessage(27, 27, "/privacy");
    long help = api.injectMessage(27, 27, "/help");
    awaitMessage(api, 27, "What movebot stores");
    api.awaitCall("getUpdates", c -> c.params().path("offset").asLong() > help, WAIT); // /help was taken in
    boolean alreadySent = api.calls("sendMessage").stream().anyMatch(c -> c.param("text").contains("What I can do"));

    assertEquals(0, running.stop());

    assertTrue(!alreadySent, "the stop came while /help's reply waited its second behind the first");
    assertEquals(1, api.calls("sendMessage").stream().filter(c -> c.chatId() == 27 && c.param("text").contains("What I can do")).count());
  }

  @Test
  void stopReturnsZeroWithinFiveSecondsWhileALongPollIsPending() throws Exception {
    runBot();
    assertEquals(0, running.stop());
  }
}
