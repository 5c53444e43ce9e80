package movebot.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.function.LongFunction;
import movebot.storage.Database;

/** Databases with many people and subscriptions, written directly for benchmark set-up. */
public final class SeededDatabase {
  private SeededDatabase() {}

  /**
   * {@code count} people in UTC, one daily subscription each, whose fire time is given per
   * person; chat id = user id = 1..count.
   */
  public static void create(Path file, long count, LongFunction<Instant> fireAt) {
    try (Database db = Database.open(file)) {
      long batch = 50_000;
      for (long from = 1; from <= count; from += batch) {
        long start = from;
        long end = Math.min(count, from + batch - 1);
        db.write(c -> {
          try (var users = c.prepareStatement(
                  "INSERT INTO users (user_id, chat_id, created_at, last_seen_at) VALUES (?, ?, 0, 0)");
              var subs = c.prepareStatement(
                  "INSERT INTO subscriptions (user_id, chat_id, local_time, days, next_fire_at, created_at)"
                      + " VALUES (?, ?, ?, 'DAILY', ?, 0)")) {
            for (long id = start; id <= end; id++) {
              Instant fire = fireAt.apply(id);
              users.setLong(1, id);
              users.setLong(2, id);
              users.addBatch();
              subs.setLong(1, id);
              subs.setLong(2, id);
              subs.setString(3, LocalTime.ofInstant(fire, ZoneOffset.UTC).withSecond(0).withNano(0).toString());
              subs.setLong(4, fire.getEpochSecond());
              subs.addBatch();
            }
            users.executeBatch();
            subs.executeBatch();
          }
          return null;
        });
      }
    }
  }
}
