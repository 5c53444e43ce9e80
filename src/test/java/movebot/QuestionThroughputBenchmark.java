package movebot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import movebot.bench.BenchResult;
import movebot.testing.FakeBotApi;
import movebot.testing.RecordedCall;

/**
 * Questions answered per second end to end: updates from the fake Bot API, through polling,
 * search and the sender, back to the fake as sendMessage; the packaged jar as a process.
 * Also the bot's resident memory idle and under this load.
 */
final class QuestionThroughputBenchmark {
  private QuestionThroughputBenchmark() {}

  static List<BenchResult> run(Path dir, int questions) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> pool = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/eval/questions.jsonl"))) {
      pool.add(json.readTree(line).path("q").asText());
    }
    String token = "8888" + ":" + "THROUGHPUT-" + Long.toHexString(System.nanoTime());
    try (FakeBotApi api = FakeBotApi.start(token)) {
      // The sender paces to send.rate.global and never bursts: at 1,000/s the pacer, not the bot,
      // would be what this measures. Far above it, replies go out as fast as the bot makes them.
      Map<String, String> env = BotProcess.env(token, api.baseUrl(), dir.resolve("throughput.db"), "MOVEBOT_SEND_RATE_GLOBAL", "10000",
          "MOVEBOT_LOG_LEVEL", "warn");
      long idleRss;
      long loadRss;
      Instant start;
      Instant end;
      try (BotProcess bot = BotProcess.start(dir, env, List.of("-Xmx256m"), "run")) {
        api.awaitCall("getUpdates", c -> true, Duration.ofSeconds(30));
        // Warm-up: the JIT compiles the hot paths before the measured run.
        int warmup = 2_000;
        for (int i = 0; i < warmup; i++) {
          api.injectMessage(1_000_000 + i, 1_000_000 + i, pool.get(i % pool.size()));
        }
        api.awaitCalls("sendMessage", warmup, Duration.ofSeconds(120));
        idleRss = bot.peakRssMib();
        start = Instant.now();
        for (int i = 0; i < questions; i++) {
          api.injectMessage(i + 1, i + 1, pool.get(i % pool.size())); // one question per chat
        }
        List<RecordedCall> replies = api.awaitCalls("sendMessage", warmup + questions, Duration.ofSeconds(300));
        end = replies.get(replies.size() - 1).at();
        loadRss = bot.peakRssMib();
        bot.terminate();
        bot.awaitExit(10);
      }
      double seconds = Duration.between(start, end).toNanos() / 1e9;
      double rate = questions / seconds;
      long failed = api.calls("sendMessage").stream().filter(c -> !c.succeeded()).count();
      return List.of(
          new BenchResult(String.format("questions answered end to end (%,d, fake Bot API)", questions),
              String.format("%.0f questions/s", rate), "≥ 1,000/s", rate >= 1000),
          new BenchResult("  replies refused by the fake", Long.toString(failed), "0", failed == 0),
          new BenchResult("  bot resident memory after warm-up", idleRss + " MiB", "-", true),
          new BenchResult("  bot resident memory at peak load (-Xmx256m)", loadRss + " MiB", "-", true));
    }
  }
}
