package movebot.faq;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measures how long {@link Answerer#answer} takes, single-threaded, after warm-up: on the real
 * knowledge base in {@code config/}, then on a synthetic base of 10,000 entries made from the
 * real base's words. The questions are the labelled ones of {@code src/test/resources/eval/}
 * (every title and alternate of the real base when that file is missing). Not a unit test:
 * timings belong in {@code BENCHMARKS.md}, not in assertions. Run from the project directory:
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     movebot.faq.AnswerLatencyBenchmark
 * </pre>
 */
public final class AnswerLatencyBenchmark {
  private static final int SYNTHETIC_ENTRIES = 10_000;
  private static final int WARM_UP_ANSWERS = 50_000;
  private static final int MEASURED_ANSWERS = 100_000;

  /** Sorted wall-clock and CPU times of every measured answer, in nanoseconds. */
  private record Result(
      String base, int entries, long buildMillis, int questions, long[] wall, long[] cpu) {}

  private static double micros(long[] sorted, double p) {
    int at = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(at, 0)] / 1_000.0;
  }

  public static void main(String[] args) throws Exception {
    Path project = EvalQuestion.projectDir();
    KnowledgeBase real = KnowledgeBase.load(project.resolve("config"));
    List<String> questions = questions(real);

    List<Result> results = new ArrayList<>();
    results.add(measure("real config/", real, questions));
    results.add(measure("synthetic", synthetic(real, SYNTHETIC_ENTRIES, 42), questions));

    System.out.printf(Locale.ROOT, "Answerer.answer latency, one thread, %d answers measured"
        + " after %d warm-up answers (%s %s, %d cpus, load average %.1f)%n", MEASURED_ANSWERS,
        WARM_UP_ANSWERS, System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(Locale.ROOT, "%-13s %7s %8s %9s | %8s %8s %9s | %8s %8s%n", "base",
        "entries", "build ms", "questions", "p50 us", "p99 us", "p99.9 us", "cpu p50", "cpu p99");
    for (Result r : results) {
      System.out.printf(Locale.ROOT, "%-13s %7d %8d %9d | %8.1f %8.1f %9.1f | %8.1f %8.1f%n",
          r.base(), r.entries(), r.buildMillis(), r.questions(), micros(r.wall(), 0.50),
          micros(r.wall(), 0.99), micros(r.wall(), 0.999), micros(r.cpu(), 0.50),
          micros(r.cpu(), 0.99));
    }
    System.out.println("Wall-clock times include whatever else the machine is running; CPU"
        + " times (this thread only) do not.");
  }

  private static List<String> questions(KnowledgeBase real) throws Exception {
    Path file = EvalQuestion.defaultFile();
    if (Files.exists(file)) {
      return EvalQuestion.read(file).stream().map(EvalQuestion::question).toList();
    }
    List<String> phrasings = new ArrayList<>();
    for (FaqEntry entry : real.entries()) {
      phrasings.addAll(entry.phrasings());
    }
    return phrasings;
  }

  private static Result measure(String name, KnowledgeBase base, List<String> questions) {
    long start = System.nanoTime();
    Answerer answerer = new Answerer(base);
    long buildMillis = (System.nanoTime() - start) / 1_000_000;
    long sink = 0;
    for (int i = 0; i < WARM_UP_ANSWERS; i++) {
      sink += answerer.answer(questions.get(i % questions.size())).suggestions().size();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] wall = new long[MEASURED_ANSWERS];
    long[] cpu = new long[MEASURED_ANSWERS];
    for (int i = 0; i < MEASURED_ANSWERS; i++) {
      String question = questions.get(i % questions.size());
      long cpuBefore = threads.getCurrentThreadCpuTime();
      long before = System.nanoTime();
      Answer answer = answerer.answer(question);
      wall[i] = System.nanoTime() - before;
      cpu[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
      sink += answer.suggestions().size();
    }
    if (sink == Long.MIN_VALUE) {
      System.out.println(sink); // keeps the answers observable to the JIT
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    return new Result(name, base.entries().size(), buildMillis, questions.size(), wall, cpu);
  }

  /**
   * A base of {@code size} entries whose titles, alternates and answers are random draws from
   * the real base's own words, so that term statistics look like a larger version of it: many
   * entries share the common words ("back", "pain", "exercise"), which is what makes a query
   * expensive. Real topics, sources, synonyms and red flags are kept.
   */
  static KnowledgeBase synthetic(KnowledgeBase real, int size, long seed) {
    List<String> words = vocabulary(real);
    Random random = new Random(seed);
    List<FaqEntry> entries = new ArrayList<>(size);
    List<Topic> topics = real.topics();
    List<String> sourceIds = real.entries().stream().map(FaqEntry::sourceId).distinct().toList();
    for (int i = 0; i < size; i++) {
      List<String> alternates = new ArrayList<>();
      int count = 3 + random.nextInt(3);
      for (int a = 0; a < count; a++) {
        alternates.add(sentence(words, random, 3 + random.nextInt(6)));
      }
      entries.add(new FaqEntry("synthetic-" + i,
          sentence(words, random, 5 + random.nextInt(6)) + "?",
          alternates,
          sentence(words, random, 40 + random.nextInt(50)) + ".",
          List.of(topics.get(random.nextInt(topics.size())).id()),
          sourceIds.get(random.nextInt(sourceIds.size()))));
    }
    List<Source> sources = sourceIds.stream()
        .map(id -> real.source(real.entries().stream()
            .filter(e -> e.sourceId().equals(id)).findFirst().orElseThrow()))
        .toList();
    return new KnowledgeBase(sources, topics, entries, real.synonyms(), real.redFlags());
  }

  /** Every word of the real base, as often as it occurs, so common words stay common. */
  private static List<String> vocabulary(KnowledgeBase real) {
    List<String> words = new ArrayList<>();
    for (FaqEntry entry : real.entries()) {
      Set<String> texts = new LinkedHashSet<>(entry.phrasings());
      texts.add(entry.answer());
      for (String text : texts) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
          if (!word.isBlank()) {
            words.add(word);
          }
        }
      }
    }
    return words;
  }

  private static String sentence(List<String> words, Random random, int length) {
    return random.ints(length, 0, words.size()).mapToObj(words::get)
        .collect(Collectors.joining(" "));
  }
}
