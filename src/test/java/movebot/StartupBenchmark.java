package movebot;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import movebot.bench.BenchResult;
import movebot.bench.SeededDatabase;
import movebot.testing.FakeBotApi;
import movebot.testing.RecordedCall;

/** Time from launching the jar to its first getUpdates, with a 1M-subscription database. */
final class StartupBenchmark {
  private StartupBenchmark() {}

  static List<BenchResult> run(Path dir, int subscriptions, int runs) throws Exception {
    Path db = dir.resolve("startup.db");
    Instant tomorrow = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
    SeededDatabase.create(db, subscriptions, id -> tomorrow.plus(Duration.ofMinutes(id % 1440))); // nothing due
    List<Long> millis = new ArrayList<>();
    long idleRss = 0;
    for (int run = 0; run < runs; run++) {
      String token = "9999" + ":" + "STARTUP-" + Long.toHexString(System.nanoTime());
      try (FakeBotApi api = FakeBotApi.start(token)) {
        Map<String, String> env = BotProcess.env(token, api.baseUrl(), db, "MOVEBOT_LOG_LEVEL", "warn");
        Instant launched = Instant.now();
        try (BotProcess bot = BotProcess.start(dir, env, List.of("-Xmx256m"), "run")) {
          RecordedCall first = api.awaitCall("getUpdates", c -> true, Duration.ofSeconds(30));
          millis.add(Duration.between(launched, first.at()).toMillis());
          idleRss = bot.peakRssMib();
          bot.terminate();
          bot.awaitExit(10);
        }
      }
    }
    Collections.sort(millis);
    long median = millis.get(millis.size() / 2);
    return List.of(
        new BenchResult(String.format("launch to first getUpdates, %,d subscriptions", subscriptions),
            String.format("median %d ms (%d runs)", median, runs), "≤ 1,500 ms", median <= 1500),
        new BenchResult("  bot resident memory idle after start", idleRss + " MiB", "-", true));
  }
}
