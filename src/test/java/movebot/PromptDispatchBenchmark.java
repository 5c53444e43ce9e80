package movebot;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import movebot.bench.BenchResult;
import movebot.bench.SeededDatabase;
import movebot.testing.FakeBotApi;
import movebot.testing.RecordedCall;

/**
 * 100,000 prompts due in the same minute, sent by the packaged jar (heap capped at 256 MB)
 * to the fake Bot API; measures the sending rate from the fake's own record of arrivals.
 */
final class PromptDispatchBenchmark {
  private PromptDispatchBenchmark() {}

  /**
   * @param configured {@code send.rate.global}
   * @param enforced the rate the fake enforces with 429s, or 0 for none
   * @param window measure at most this long after the first prompt arrives
   */
  static List<BenchResult> run(Path dir, int prompts, double configured, double enforced, Duration window, double targetShare)
      throws Exception {
    Path db = dir.resolve("prompts-" + (long) configured + ".db");
    Instant due = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    SeededDatabase.create(db, prompts, id -> due);
    String token = "7777" + ":" + "BENCHMARK-" + Long.toHexString(System.nanoTime());
    try (FakeBotApi api = FakeBotApi.start(token)) {
      if (enforced > 0) {
        api.enforceRate(enforced, 1);
      }
      Map<String, String> env = BotProcess.env(token, api.baseUrl(), db, "MOVEBOT_SEND_RATE_GLOBAL", Double.toString(configured),
          "MOVEBOT_LOG_LEVEL", "warn");
      long peakRss;
      List<String> jvm = new java.util.ArrayList<>(List.of("-Xmx256m"));
      String extra = System.getProperty("bench.botjvm", "");
      if (!extra.isBlank()) {
        jvm.addAll(List.of(extra.split(" "))); // e.g. a flight recording while investigating
      }
      try (BotProcess bot = BotProcess.start(dir, env, jvm, "run")) {
        RecordedCall first = api.awaitCall("sendMessage", c -> true, Duration.ofSeconds(60));
        Instant end = first.at().plus(window);
        while (Instant.now().isBefore(end) && delivered(api) < prompts) {
          Thread.sleep(250); // polling the fake's record; the figures come from its timestamps
        }
        peakRss = bot.peakRssMib();
        bot.terminate();
        if (bot.awaitExit(10) != 0) {
          throw new IllegalStateException("the bot did not stop cleanly:\n" + bot.output());
        }
      }
      List<RecordedCall> sent = api.calls("sendMessage").stream().filter(RecordedCall::succeeded).toList();
      Instant firstAt = sent.get(0).at();
      Instant cut = firstAt.plus(window);
      List<RecordedCall> inWindow = sent.stream().filter(c -> !c.at().isAfter(cut)).toList();
      double seconds = Duration.between(firstAt, inWindow.get(inWindow.size() - 1).at()).toNanos() / 1e9;
      double rate = (inWindow.size() - 1) / seconds;
      long distinctChats = sent.stream().mapToLong(RecordedCall::chatId).distinct().count();
      int peak = peakPerSecond(api.calls("sendMessage"));
      String scope = String.format("%,d due, rate %s/s%s", prompts, (long) configured,
          enforced > 0 ? ", fake enforces " + (long) enforced + "/s" : "");
      return List.of(
          new BenchResult("prompt dispatch (" + scope + ")",
              String.format("%.1f msg/s (%.1f%%)", rate, 100 * rate / configured),
              String.format("≥ %.0f%% of rate", targetShare * 100), rate >= targetShare * configured),
          new BenchResult("  429s from the fake", Integer.toString(api.rateLimitViolations()), "0", api.rateLimitViolations() == 0),
          new BenchResult("  most sends the fake saw in any 1 s", Integer.toString(peak),
              enforced > 0 ? "≤ " + (long) enforced : "-", enforced == 0 || peak <= enforced),
          new BenchResult("  prompts sent twice to one chat", Long.toString(sent.size() - distinctChats), "0", sent.size() == distinctChats),
          new BenchResult("  peak RSS of the bot (-Xmx256m)", peakRss + " MiB", "heap ≤ 256 MB", true));
    }
  }

  /** The largest number of calls that arrived within any one second. */
  static int peakPerSecond(List<RecordedCall> calls) {
    List<Instant> times = calls.stream().map(RecordedCall::at).sorted().toList();
    int peak = 0;
    for (int start = 0, end = 0; end < times.size(); end++) {
      while (Duration.between(times.get(start), times.get(end)).toNanos() >= 1_000_000_000L) {
        start++;
      }
      peak = Math.max(peak, end - start + 1);
    }
    return peak;
  }

  private static long delivered(FakeBotApi api) {
    return api.calls("sendMessage").stream().filter(RecordedCall::succeeded).count();
  }
}
