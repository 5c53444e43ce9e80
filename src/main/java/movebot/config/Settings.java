package movebot.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Validated settings from {@code movebot.properties} and its environment overrides.
 *
 * @param defaultZone time zone for people who have not chosen one
 * @param globalRate messages per second for everything the bot sends
 * @param perChatRate messages per second to any one chat
 * @param graceWindow how late a prompt may still be sent after downtime
 * @param adminUserIds Telegram user ids allowed to use admin commands
 * @param logLevel slf4j-simple level name
 */
public record Settings(
    ZoneId defaultZone,
    double globalRate,
    double perChatRate,
    Duration graceWindow,
    Set<Long> adminUserIds,
    String logLevel) {

  public Settings {
    Objects.requireNonNull(defaultZone, "defaultZone");
    Objects.requireNonNull(graceWindow, "graceWindow");
    Objects.requireNonNull(logLevel, "logLevel");
    if (!(globalRate > 0) || !(perChatRate > 0)) {
      throw new IllegalArgumentException("rates must be positive");
    }
    adminUserIds = Set.copyOf(adminUserIds);
  }

  /** Settings for tests and tools that have no config folder. */
  public static Settings defaults() {
    return new Settings(ZoneId.of("UTC"), 25, 1, Duration.ofMinutes(60), Set.of(), "info");
  }

  public boolean isAdmin(long userId) {
    return adminUserIds.contains(userId);
  }
}
