package movebot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
  @TempDir Path dir;

  private Path write(String content) throws Exception {
    return Files.writeString(dir.resolve(SettingsLoader.FILE_NAME), content);
  }

  @Test
  void shippedConfigLoads() throws Exception {
    Settings settings = SettingsLoader.load(Path.of("config"), Map.of());
    assertEquals(25, settings.globalRate());
    assertEquals(1, settings.perChatRate());
    assertEquals(Duration.ofMinutes(60), settings.graceWindow());
    assertEquals(Duration.ofSeconds(30), settings.sendTimeout());
  }

  @Test
  void missingKeysTakeDefaults() throws Exception {
    write("");
    Settings settings = SettingsLoader.load(dir, Map.of());
    assertEquals(ZoneId.of("UTC"), settings.defaultZone());
    assertEquals(25, settings.globalRate());
    assertEquals("info", settings.logLevel());
    assertEquals(Duration.ofSeconds(30), settings.sendTimeout());
  }

  @Test
  void environmentOverridesEveryKey() throws Exception {
    write("send.rate.global=25\nsend.rate.per_chat=1\n");
    Settings settings =
        SettingsLoader.load(
            dir,
            Map.of(
                "MOVEBOT_SEND_RATE_GLOBAL", "1000",
                "MOVEBOT_SEND_RATE_PER_CHAT", "2",
                "MOVEBOT_TIMEZONE_DEFAULT", "Asia/Kolkata",
                "MOVEBOT_ADMIN_USER_IDS", "42, 7",
                "MOVEBOT_REMINDERS_GRACE_MINUTES", "15",
                "MOVEBOT_LOG_LEVEL", "TRACE",
                "MOVEBOT_SEND_TIMEOUT_SECONDS", "2"));
    assertEquals(1000, settings.globalRate());
    assertEquals(2, settings.perChatRate());
    assertEquals(ZoneId.of("Asia/Kolkata"), settings.defaultZone());
    assertEquals(Set.of(42L, 7L), settings.adminUserIds());
    assertEquals(Duration.ofMinutes(15), settings.graceWindow());
    assertEquals("trace", settings.logLevel());
    assertEquals(Duration.ofSeconds(2), settings.sendTimeout());
  }

  @Test
  void theSendTimeoutIsWholeSecondsFromOneToThreeHundred() throws Exception {
    Path file = write("send.timeout_seconds=0\n");
    assertEquals(
        List.of(file + ": send.timeout_seconds: '0' must be a whole number from 1 to 300"), SettingsLoader.check(dir, Map.of()));
    assertEquals(
        List.of("MOVEBOT_SEND_TIMEOUT_SECONDS (environment): '2.5' must be a whole number from 1 to 300"),
        SettingsLoader.check(dir, Map.of("MOVEBOT_SEND_TIMEOUT_SECONDS", "2.5")));
    write("send.timeout_seconds=300\n");
    assertEquals(Duration.ofMinutes(5), SettingsLoader.load(dir, Map.of()).sendTimeout());
  }

  @Test
  void envNameFollowsTheContract() {
    assertEquals("MOVEBOT_SEND_RATE_PER_CHAT", SettingsLoader.envName("send.rate.per_chat"));
  }

  @Test
  void everyProblemNamesFileKeyAndReason() throws Exception {
    Path file = write("send.rate.global=-3\ntimezone.default=Mars/Base\nadmin.user_ids=12,bob\nsend.rat.global=5\n");
    List<String> problems = SettingsLoader.check(dir, Map.of());
    assertEquals(4, problems.size(), problems.toString());
    assertTrue(problems.contains(file + ": send.rate.global: '-3' must be a number above 0 and at most 10000"));
    assertTrue(problems.contains(file + ": timezone.default: 'Mars/Base' is not a time zone id such as Europe/London"));
    assertTrue(problems.contains(file + ": admin.user_ids: 'bob' is not a numeric Telegram user id"));
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(file + ": send.rat.global: unknown setting")));
  }

  @Test
  void badEnvironmentValueNamesTheVariable() throws Exception {
    write("");
    ConfigException e =
        assertThrows(ConfigException.class, () -> SettingsLoader.load(dir, Map.of("MOVEBOT_LOG_LEVEL", "loud")));
    assertTrue(e.getMessage().startsWith("MOVEBOT_LOG_LEVEL (environment): 'loud' must be one of"), e.getMessage());
  }

  @Test
  void missingFileSaysHowToPointAtTheRightFolder() {
    ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(dir.resolve("nope"), Map.of()));
    assertTrue(e.getMessage().contains("file not found (use --config DIR or MOVEBOT_CONFIG)"), e.getMessage());
  }
}
