package movebot.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZoneParsingTest {
  private static Optional<ZoneId> zone(String id) {
    return Optional.of(ZoneId.of(id));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Europe/Berlin | Europe/Berlin",
        "europe/berlin | Europe/Berlin",
        "AMERICA/NEW_YORK | America/New_York",
        "america/new york | America/New_York",
        "America/Argentina/Buenos_Aires | America/Argentina/Buenos_Aires",
        "UTC | UTC",
      })
  void ianaIdInAnyCase(String text, String expected) {
    assertEquals(zone(expected), Schedule.parseZone(text));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Berlin | Europe/Berlin",
        "berlin | Europe/Berlin",
        "new york | America/New_York",
        "New_York | America/New_York",
        "sao paulo | America/Sao_Paulo",
        "São Paulo | America/Sao_Paulo",
        "Kolkata | Asia/Kolkata",
        "Kathmandu | Asia/Kathmandu",
        "port au prince | America/Port-au-Prince",
        "St. John's | America/St_Johns",
        "  Lord Howe  | Australia/Lord_Howe",
      })
  void cityEndingAnIanaId(String text, String expected) {
    assertEquals(zone(expected), Schedule.parseZone(text));
  }

  @Test
  void cityWithALinkPrefersTheCurrentLongerId() {
    assertEquals(zone("America/Argentina/Buenos_Aires"), Schedule.parseZone("buenos aires"));
    assertEquals(zone("America/Indiana/Indianapolis"), Schedule.parseZone("Indianapolis"));
  }

  @Test
  void cityIndexSkipsIdsThatAreNotPlaces() {
    // US/Eastern ends in "Eastern", which is not a city.
    assertEquals(Optional.empty(), Schedule.parseZone("Eastern"));
  }

  @Test
  void cityWinsOverAnOldOneWordIdOfTheSameName() {
    assertEquals(zone("Asia/Singapore"), Schedule.parseZone("singapore"));
    assertEquals(zone("America/Jamaica"), Schedule.parseZone("Jamaica"));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "+05:30 | +05:30",
        "+0530 | +05:30",
        "+5:45 | +05:45",
        "-3 | -03:00",
        "UTC+2 | +02:00",
        "GMT+5 | +05:00",
        "utc +2 | +02:00",
        "GMT-04:00 | -04:00",
        "UTC−3 | -03:00",
        "+14 | +14:00",
        "-12 | -12:00",
        "UTC+0 | Z",
      })
  void utcOffset(String text, String expected) {
    assertEquals(Optional.of(ZoneOffset.of(expected)), Schedule.parseZone(text));
  }

  @ParameterizedTest(name = "''{0}'' is not a zone")
  @ValueSource(
      strings = {
        "Mars/Base", "", "   ", "junk", "Europe/", "/Berlin", "+15", "-13", "UTC+99", "+05:60", "+5:3", "++5", "Berlin Germany",
        "7:30"
      })
  void rejects(String text) {
    assertEquals(Optional.empty(), Schedule.parseZone(text));
  }

  @Test
  void surroundingSpaceDoesNotCountTowardsTheLengthLimit() {
    assertEquals(zone("Europe/Berlin"), Schedule.parseZone(" ".repeat(100) + "Berlin" + " ".repeat(100)));
  }

  @Test
  void rejectsNull() {
    assertEquals(Optional.empty(), Schedule.parseZone(null));
  }

  @Test
  void rejectsVeryLongText() {
    assertEquals(Optional.empty(), Schedule.parseZone("Berlin".repeat(20)));
  }
}
