package movebot.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeParsingTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "07:30 | 07:30",
        "7:30 | 07:30",
        "7.30 | 07:30",
        "0730 | 07:30",
        "730 | 07:30",
        "19:05 | 19:05",
        "00:00 | 00:00",
        "23:59 | 23:59",
        "19h | 19:00",
        "19h30 | 19:30",
        "19 | 19:00",
        "7 | 07:00",
      })
  void twentyFourHourForms(String text, String expected) {
    assertEquals(Optional.of(LocalTime.parse(expected)), Schedule.parseTime(text));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "7am | 07:00",
        "7:30am | 07:30",
        "7:30 pm | 19:30",
        "7:30PM | 19:30",
        "7 p.m. | 19:00",
        "6pm | 18:00",
        "11:59pm | 23:59",
      })
  void twelveHourForms(String text, String expected) {
    assertEquals(Optional.of(LocalTime.parse(expected)), Schedule.parseTime(text));
  }

  @Test
  void twelveAmIsMidnight() {
    assertEquals(Optional.of(LocalTime.MIDNIGHT), Schedule.parseTime("12am"));
    assertEquals(Optional.of(LocalTime.of(0, 30)), Schedule.parseTime("12:30am"));
  }

  @Test
  void twelvePmIsNoon() {
    assertEquals(Optional.of(LocalTime.NOON), Schedule.parseTime("12pm"));
    assertEquals(Optional.of(LocalTime.of(12, 30)), Schedule.parseTime("12:30pm"));
  }

  @Test
  void noonAndMidnightWords() {
    assertEquals(Optional.of(LocalTime.NOON), Schedule.parseTime("Noon"));
    assertEquals(Optional.of(LocalTime.MIDNIGHT), Schedule.parseTime("midnight"));
  }

  @Test
  void surroundingSpaceIsIgnored() {
    assertEquals(Optional.of(LocalTime.of(7, 30)), Schedule.parseTime("  07:30 "));
  }

  @ParameterizedTest(name = "''{0}'' is not a time")
  @ValueSource(
      strings = {
        "25:99", "24:00", "2400", "7:60", "13pm", "0am", "00:30am", "", "   ", "junk", "7:3", "7:300",
        "07:30:00", "-7", "7:30xm", "١٢:٣٠", "7 30", "12345", "7:30 pm pm", "000000000000000007:30"
      })
  void rejects(String text) {
    assertEquals(Optional.empty(), Schedule.parseTime(text));
  }

  @Test
  void rejectsNull() {
    assertEquals(Optional.empty(), Schedule.parseTime(null));
  }
}
