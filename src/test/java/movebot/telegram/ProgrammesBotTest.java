package movebot.telegram;

import static movebot.telegram.SentReplies.awaitMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;
import movebot.testing.MutableClock;
import movebot.testing.RecordedCall;
import movebot.testing.Sql;
import org.junit.jupiter.api.Test;

/** The programmes end to end: the real telegrambots client, a fake Bot API, a hand-moved clock. */
class ProgrammesBotTest extends WholeBotTest {
  static final String TOKEN = "5151:programmes-test-token";
  static final Duration WAIT = Duration.ofSeconds(10);
  static final Instant MONDAY_6_BERLIN = Instant.parse("2026-03-02T05:00:00Z");

  MutableClock clock = new MutableClock(MONDAY_6_BERLIN);

  ProgrammesBotTest() {
    super(TOKEN);
  }

  @Override
  Clock clock() {
    return clock;
  }

  private void inBerlin(long chat) {
    api.injectMessage(chat, chat, "/timezone Europe/Berlin");
    awaitMessage(api, chat, "Europe/Berlin");
  }

  @Test
  void aWalkingPlanIsStartedPromptedLoggedAndShownAsAChart() throws Exception {
    inBerlin(60);
    api.injectMessage(60, 60, "/walk");
    RecordedCall intro = awaitMessage(api, 60, "How long can you walk comfortably now?");
    assertTrue(intro.buttonData().contains("w:n:10"));
    api.injectCallback(60, 60, 1, "w:n:10");
    RecordedCall askTime = awaitMessage(api, 60, "At what time");
    api.injectCallback(60, 60, 2, askTime.buttonData().get(2)); // 18:00
    awaitMessage(api, 60, "Walking plan started");

    clock.set(Instant.parse("2026-03-02T17:00:00Z")); // 18:00 in Berlin
    RecordedCall walk = awaitMessage(api, 60, "Today's walk: 10 minutes");
    String log = walk.buttonData().stream().filter(d -> d.startsWith("w:l:") && d.endsWith(":10")).findFirst().orElseThrow();
    api.injectCallback(60, 60, 3, log);
    api.awaitCall("answerCallbackQuery", c -> String.valueOf(c.param("text")).contains("Logged 10 minutes"), WAIT);

    api.injectMessage(60, 60, "/progress");
    awaitMessage(api, 60, "Your last four weeks");
    RecordedCall chart = api.awaitCall("sendPhoto", c -> c.succeeded() && c.chatId() == 60, WAIT);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.file("photo").bytes()));
    assertEquals(800, image.getWidth());
    assertEquals(500, image.getHeight());
  }

  @Test
  void sitLessNudgesArriveInWorkHoursAndOneTapStopsThem() {
    inBerlin(61);
    api.injectMessage(61, 61, "/sitless 9-17 every 30 min");
    awaitMessage(api, 61, "Sit-less breaks on");
    clock.set(Instant.parse("2026-03-02T08:30:00Z")); // 09:30 in Berlin
    RecordedCall nudge = awaitMessage(api, 61, "Time to stand up");
    api.injectCallback(61, 61, 1, nudge.buttonData().get(0));
    awaitMessage(api, 61, "Sit-less breaks stopped");
    assertEquals(0L, Sql.number(running.db, "SELECT count(*) FROM subscriptions WHERE user_id = 61 AND kind = 'sitless'"));
  }

  @Test
  void aDrillTooEasyMovesUpAndMyDataArrivesAsAJsonFile() throws Exception {
    inBerlin(62);
    api.injectMessage(62, 62, "/drills 07:00");
    awaitMessage(api, 62, "Daily drills on");
    clock.set(Instant.parse("2026-03-02T06:00:00Z"));
    RecordedCall drill = awaitMessage(api, 62, "Today's movement drill");
    String tooEasy = drill.buttonData().stream().filter(d -> d.startsWith("dr:e:")).findFirst().orElseThrow();
    api.injectCallback(62, 62, 1, tooEasy);
    awaitMessage(api, 62, "the standard version");

    api.injectMessage(62, 62, "/mydata");
    RecordedCall file = api.awaitCall("sendDocument", c -> c.succeeded() && c.chatId() == 62, WAIT);
    assertEquals("movebot-my-data.json", file.file("document").fileName());
    JsonNode data = new ObjectMapper().readTree(file.file("document").bytes());
    assertEquals(1, data.path("tables").path("drill_levels").get(0).path("level").asInt());
  }
}
