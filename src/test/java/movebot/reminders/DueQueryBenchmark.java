package movebot.reminders;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import movebot.bench.BenchResult;
import movebot.bench.SeededDatabase;
import movebot.storage.Database;

/** Times the dispatcher's due query ({@link ReminderStore#DUE_QUERY}) at a million subscriptions. */
public final class DueQueryBenchmark {
  private DueQueryBenchmark() {}

  public static List<BenchResult> run(Path dir, int subscriptions) {
    Path file = dir.resolve("due-query.db");
    Instant midnight = Instant.now().truncatedTo(ChronoUnit.DAYS);
    // Spread over the day's 1,440 minutes, as people pick their own times.
    SeededDatabase.create(file, subscriptions, id -> midnight.plus(Duration.ofMinutes(id % 1440)));
    Instant noon = midnight.plus(Duration.ofHours(12));
    Instant dueMinute = noon.minusSeconds(1); // everything up to 11:59 is due: half the base
    List<Long> micros = new ArrayList<>();
    int rows = 0;
    try (Database db = Database.open(file)) {
      for (int i = 0; i < 60; i++) {
        long start = System.nanoTime();
        rows = db.read(c -> {
          try (var st = c.prepareStatement(ReminderStore.DUE_QUERY)) {
            st.setLong(1, dueMinute.getEpochSecond());
            st.setInt(2, 2_000); // the dispatcher's largest claim at 1,000 messages/s
            int n = 0;
            try (var rs = st.executeQuery()) {
              while (rs.next()) {
                n++;
              }
            }
            return n;
          }
        });
        if (i >= 10) {
          micros.add((System.nanoTime() - start) / 1_000);
        }
      }
    }
    Collections.sort(micros);
    double medianMs = micros.get(micros.size() / 2) / 1000.0;
    return List.of(new BenchResult(
        String.format("due-prompt query, %,d subscriptions (%,d rows)", subscriptions, rows),
        String.format("median %.2f ms", medianMs), "≤ 20 ms", medianMs <= 20));
  }
}
