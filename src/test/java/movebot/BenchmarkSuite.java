package movebot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import movebot.bench.BenchResult;
import movebot.reminders.DueQueryBenchmark;

/**
 * Every benchmark, one table: {@code ./mvnw -B -Pbench verify} (all), or
 * {@code ./mvnw -B -Pbench verify -Dbench=startup,questions,answers,due,prompts-limited,prompts-raised} for some. Not part of the tests.
 */
public final class BenchmarkSuite {
  private BenchmarkSuite() {}

  public static void main(String[] args) throws Exception {
    Set<String> wanted = Set.of((args.length == 0 ? "all" : args[0]).split(","));
    Path dir = Files.createTempDirectory("movebot-bench");
    List<BenchResult> results = new ArrayList<>();
    if (wanted.contains("all") || wanted.contains("startup")) {
      results.addAll(StartupBenchmark.run(dir, 1_000_000, 5));
    }
    if (wanted.contains("all") || wanted.contains("questions")) {
      results.addAll(QuestionThroughputBenchmark.run(dir, 20_000));
    }
    if (wanted.contains("all") || wanted.contains("answers")) {
      movebot.faq.AnswerLatencyBenchmark.main(new String[0]); // prints its own table
    }
    if (wanted.contains("all") || wanted.contains("due")) {
      results.addAll(DueQueryBenchmark.run(dir, 1_000_000));
    }
    if (wanted.contains("quick")) { // a short run for investigating
      results.addAll(PromptDispatchBenchmark.run(dir, 20_000, 1000, 0, Duration.ofSeconds(60), 0.90));
    }
    if (wanted.contains("all") || wanted.contains("prompts") || wanted.contains("prompts-limited")) {
      results.addAll(PromptDispatchBenchmark.run(dir, 100_000, 25, 30, Duration.ofSeconds(60), 0.97));
    }
    if (wanted.contains("all") || wanted.contains("prompts") || wanted.contains("prompts-raised")) {
      results.addAll(PromptDispatchBenchmark.run(dir, 100_000, 1000, 0, Duration.ofSeconds(300), 0.90));
    }
    System.out.println();
    System.out.printf("movebot benchmarks — %d cores, Java %s, %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("os.name"));
    System.out.println(String.format("| %-58s | %-22s | %-14s | %-4s |", "benchmark", "figure", "target", "met"));
    System.out.println("|" + "-".repeat(60) + "|" + "-".repeat(24) + "|" + "-".repeat(16) + "|" + "-".repeat(6) + "|");
    results.forEach(r -> System.out.println(r.row()));
  }
}
