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
 * @param sendTimeout how long to wait for Telegram's answer to a send before counting it as
 *     unanswered (it may have been delivered, so it is not sent again)
 */
public record Settings(
    ZoneId defaultZone,
    double globalRate,
    double perChatRate,
    Duration graceWindow,
    Set<Long> adminUserIds,
    String logLevel,
    Duration sendTimeout) {

  public static final Duration DEFAULT_SEND_TIMEOUT = Duration.ofSeconds(30);

  public Settings {
    Objects.requireNonNull(defaultZone, "defaultZone");
    Objects.requireNonNull(graceWindow, "graceWindow");
    Objects.requireNonNull(logLevel, "logLevel");
    Objects.requireNonNull(sendTimeout, "sendTimeout");
    if (sendTimeout.isNegative() || sendTimeout.isZero()) {
      throw new IllegalArgumentException("sendTimeout must be positive");
    }
    if (!(globalRate > 0) || !(perChatRate > 0)) {
      throw new IllegalArgumentException("rates must be positive");
    }
    adminUserIds = Set.copyOf(adminUserIds);
  }

  /** Settings with the default send timeout. */
  public Settings(
      ZoneId defaultZone, double globalRate, double perChatRate, Duration graceWindow, Set<Long> adminUserIds, String logLevel) {
    this(defaultZone, globalRate, perChatRate, graceWindow, adminUserIds, logLevel, DEFAULT_SEND_TIMEOUT);
  }

  /** Settings for tests and tools that have no config folder. */
  public static Settings defaults() {
    return new Settings(ZoneId.of("UTC"), 25, 1, Duration.ofMinutes(60), Set.of(), "info", DEFAULT_SEND_TIMEOUT);
  }

  /** The same settings with another send timeout. */
  public Settings withSendTimeout(Duration timeout) {
    return new Settings(defaultZone, globalRate, perChatRate, graceWindow, adminUserIds, logLevel, timeout);
  }

  public boolean isAdmin(long userId) {
    return adminUserIds.contains(userId);
  }
}
