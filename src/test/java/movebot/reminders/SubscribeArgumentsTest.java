package movebot.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import movebot.reminders.SubscribeArguments.Ok;
import org.junit.jupiter.api.Test;

class SubscribeArgumentsTest {
  private static Ok ok(String args) {
    return assertInstanceOf(Ok.class, SubscribeArguments.parse(args));
  }

  private static String error(String args) {
    return assertInstanceOf(SubscribeArguments.Error.class, SubscribeArguments.parse(args)).message();
  }

  private static List<LocalTime> times(String... times) {
    return List.of(times).stream().map(LocalTime::parse).toList();
  }

  @Test
  void oneTimeDefaultsToDaily() {
    assertEquals(new Ok(times("07:30"), Days.DAILY), ok("07:30"));
  }

  @Test
  void severalTimesInMixedForms() {
    assertEquals(new Ok(times("07:30", "18:00"), Days.DAILY), ok("7:30am 18:00"));
  }

  @Test
  void weekdaysWord() {
    assertEquals(new Ok(times("08:00"), Days.WEEKDAYS), ok("08:00 weekdays"));
  }

  @Test
  void everyWeekdaySpelling() {
    for (String words : List.of("weekday", "Workdays", "mon-fri", "every weekday")) {
      assertEquals(Days.WEEKDAYS, ok("08:00 " + words).days(), words);
    }
  }

  @Test
  void everyDayAsTwoWords() {
    assertEquals(new Ok(times("07:00", "12:30", "18:00"), Days.DAILY), ok("7am 12:30pm 6pm every day"));
  }

  @Test
  void dailySpellings() {
    for (String words : List.of("daily", "everyday", "Every Day")) {
      assertEquals(Days.DAILY, ok(words + " 08:00").days(), words);
    }
  }

  @Test
  void meridiemAsASeparateWordBelongsToTheTimeBeforeIt() {
    assertEquals(times("07:30", "19:00"), ok("7:30 am 7 p.m.").times());
  }

  @Test
  void commasAndAndBetweenTimes() {
    assertEquals(times("07:00", "12:00", "18:00"), ok("7am, 12pm and 6pm").times());
  }

  @Test
  void timesComeBackInOrderWithoutRepeats() {
    assertEquals(times("07:30", "18:00"), ok("18:00 7:30 07:30 6pm").times());
  }

  @Test
  void badTimeIsNamed() {
    assertEquals("'25:99' is not a time. Use 24-hour 07:30 or 7:30am.", error("07:30 25:99"));
  }

  @Test
  void unknownWordIsNamed() {
    assertEquals("'tomorrow' is not a time. Use 24-hour 07:30 or 7:30am.", error("7am tomorrow"));
  }

  @Test
  void longBadWordIsShortenedInTheMessage() {
    assertEquals("'aaaaaaaaaaaaaaaaaaaa…' is not a time. Use 24-hour 07:30 or 7:30am.", error("a".repeat(5000)));
  }

  @Test
  void tooManyTimes() {
    StringBuilder args = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      args.append(LocalTime.of(i / 2, (i % 2) * 30)).append(' ');
    }
    assertEquals("You can have up to 6 prompt times a day; you gave 40.", error(args.toString()));
  }

  @Test
  void sixTimesAreAllowed() {
    assertEquals(SubscribeArguments.MAX_TIMES, ok("6am 8am 10am noon 2pm 4pm").times().size());
  }

  @Test
  void noTimeAtAll() {
    assertEquals("Give at least one time, like /subscribe 07:30 or /subscribe 7:30am 6pm.", error(""));
    assertEquals("Give at least one time, like /subscribe 07:30 or /subscribe 7:30am 6pm.", error("weekdays"));
  }

  @Test
  void contradictoryDays() {
    assertEquals("Choose either weekdays or every day, not both.", error("08:00 weekdays daily"));
  }

  @Test
  void okRejectsRepeatedTimes() {
    assertThrows(IllegalArgumentException.class, () -> new Ok(times("07:30", "07:30"), Days.DAILY));
  }

  @Test
  void okRejectsTooManyTimes() {
    assertThrows(IllegalArgumentException.class, () -> new Ok(Collections.nCopies(7, LocalTime.NOON), Days.DAILY));
  }

  @Test
  void okRejectsSeconds() {
    assertThrows(IllegalArgumentException.class, () -> new Ok(List.of(LocalTime.of(7, 30, 1)), Days.DAILY));
  }

  @Test
  void errorNeedsAMessage() {
    assertThrows(IllegalArgumentException.class, () -> new SubscribeArguments.Error(" "));
  }
}
