package movebot.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code movebot.properties}, applies {@code MOVEBOT_*} environment overrides and
 * validates every value, so that a mistake stops the bot at start-up with a message that
 * names the file, the key and the reason instead of surfacing hours later.
 */
public final class SettingsLoader {
  public static final String FILE_NAME = "movebot.properties";

  static final String DEFAULT_ZONE = "timezone.default";
  static final String RATE_GLOBAL = "send.rate.global";
  static final String RATE_PER_CHAT = "send.rate.per_chat";
  static final String SEND_TIMEOUT = "send.timeout_seconds";
  static final String GRACE_MINUTES = "reminders.grace_minutes";
  static final String ADMIN_IDS = "admin.user_ids";
  static final String LOG_LEVEL = "log.level";

  private static final Set<String> KNOWN_KEYS =
      Set.of(DEFAULT_ZONE, RATE_GLOBAL, RATE_PER_CHAT, SEND_TIMEOUT, GRACE_MINUTES, ADMIN_IDS, LOG_LEVEL);
  private static final Set<String> LOG_LEVELS = Set.of("error", "warn", "info", "debug", "trace");

  private SettingsLoader() {}

  /** The environment variable that overrides {@code key}: {@code a.b_c} → {@code MOVEBOT_A_B_C}. */
  public static String envName(String key) {
    return "MOVEBOT_" + key.replace('.', '_').toUpperCase(Locale.ROOT);
  }

  public static Settings load(Path configDir, Map<String, String> env) throws ConfigException {
    List<String> problems = new ArrayList<>();
    Settings settings = load(configDir, env, problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(String.join(System.lineSeparator(), problems));
    }
    return settings;
  }

  /** Every problem with the settings, for {@code movebot check}; empty when they are fine. */
  public static List<String> check(Path configDir, Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    load(configDir, env, problems);
    return problems;
  }

  private static Settings load(Path configDir, Map<String, String> env, List<String> problems) {
    Path file = configDir.resolve(FILE_NAME);
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (NoSuchFileException e) {
      problems.add(file + ": file not found (use --config DIR or MOVEBOT_CONFIG)");
      return null;
    } catch (IOException | IllegalArgumentException e) {
      problems.add(file + ": cannot be read: " + e.getMessage());
      return null;
    }
    for (String key : new TreeSet<>(props.stringPropertyNames())) {
      if (!KNOWN_KEYS.contains(key)) {
        problems.add(file + ": " + key + ": unknown setting (known: " + new TreeSet<>(KNOWN_KEYS) + ")");
      }
    }
    Values values = new Values(file, props, env, problems);
    ZoneId zone = values.zone(DEFAULT_ZONE, "UTC");
    // Telegram allows about 30 messages a second; the higher ceiling is for self-hosted Bot API
    // servers and local emulators, where the bot's own speed is what limits it.
    double global = values.positiveNumber(RATE_GLOBAL, "25", 10_000);
    double perChat = values.positiveNumber(RATE_PER_CHAT, "1", 100);
    long sendTimeout = values.wholeNumber(SEND_TIMEOUT, "30", 1, 300);
    long grace = values.wholeNumber(GRACE_MINUTES, "60", 0, 24 * 60);
    Set<Long> admins = values.idList(ADMIN_IDS);
    String level = values.oneOf(LOG_LEVEL, "info", LOG_LEVELS);
    if (!problems.isEmpty()) {
      return null;
    }
    return new Settings(zone, global, perChat, Duration.ofMinutes(grace), admins, level, Duration.ofSeconds(sendTimeout));
  }

  /** Looks up one key (environment first) and records a problem naming it when it is bad. */
  private record Values(Path file, Properties props, Map<String, String> env, List<String> problems) {

    private String raw(String key, String fallback) {
      String fromEnv = env.get(envName(key));
      if (fromEnv != null) {
        return fromEnv.strip();
      }
      return props.getProperty(key, fallback).strip();
    }

    private String where(String key) {
      return env.containsKey(envName(key)) ? envName(key) + " (environment)" : file + ": " + key;
    }

    ZoneId zone(String key, String fallback) {
      String value = raw(key, fallback);
      try {
        return ZoneId.of(value);
      } catch (DateTimeException e) {
        problems.add(where(key) + ": '" + value + "' is not a time zone id such as Europe/London");
        return null;
      }
    }

    double positiveNumber(String key, String fallback, double max) {
      String value = raw(key, fallback);
      try {
        double number = Double.parseDouble(value);
        if (number > 0 && number <= max) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.add(where(key) + ": '" + value + "' must be a number above 0 and at most " + (long) max);
      return 1;
    }

    long wholeNumber(String key, String fallback, long min, long max) {
      String value = raw(key, fallback);
      try {
        long number = Long.parseLong(value);
        if (number >= min && number <= max) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.add(where(key) + ": '" + value + "' must be a whole number from " + min + " to " + max);
      return min;
    }

    Set<Long> idList(String key) {
      Set<Long> ids = new HashSet<>();
      for (String part : raw(key, "").split(",")) {
        String id = part.strip();
        if (id.isEmpty()) {
          continue;
        }
        try {
          ids.add(Long.parseLong(id));
        } catch (NumberFormatException e) {
          problems.add(where(key) + ": '" + id + "' is not a numeric Telegram user id");
        }
      }
      return ids;
    }

    String oneOf(String key, String fallback, Set<String> allowed) {
      String value = raw(key, fallback).toLowerCase(Locale.ROOT);
      if (!allowed.contains(value)) {
        problems.add(where(key) + ": '" + value + "' must be one of " + new TreeSet<>(allowed));
      }
      return value;
    }
  }
}
