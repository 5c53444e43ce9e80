package movebot.faq;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How the answer engine does on question sets that are also the base's examples, each measured
 * as if it were not: for every set named, a copy of {@code config/} whose {@code examples.json}
 * lacks that set's questions answers them. The figures say what examples of that kind do for
 * questions the base has never seen, which the set's own figures, flattered by its examples,
 * cannot. Not a test: it only prints.
 *
 * <pre>
 * ./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     movebot.faq.LeaveOneSetOutReport src/test/resources/eval/blind/*.jsonl
 * </pre>
 */
public final class LeaveOneSetOutReport {
  private LeaveOneSetOutReport() {}

  public static void main(String[] args) throws Exception {
    Path config = EvalQuestion.projectDir().resolve("config");
    int[] right = new int[EvalQuestion.Group.values().length];
    int[] total = new int[right.length];
    for (String arg : args) {
      Path file = Path.of(arg);
      List<EvalQuestion> questions = EvalQuestion.read(file);
      Path without = Files.createTempDirectory("movebot-without-");
      try {
        copyWithoutExamples(config, without, questions);
        Answerer answerer = new Answerer(KnowledgeBase.load(without));
        EvalReport report = new EvalReport(questions, answerer::answer);
        System.out.println(file.getFileName() + ", its questions left out of the examples\n"
            + report.table());
        for (EvalQuestion.Group group : EvalQuestion.Group.values()) {
          right[group.ordinal()] += report.right(group);
          total[group.ordinal()] += report.total(group);
        }
      } finally {
        deleteTree(without);
      }
    }
    System.out.println("All sets, each left out in turn:");
    for (EvalQuestion.Group group : EvalQuestion.Group.values()) {
      int i = group.ordinal();
      System.out.printf("  %-11s %4d/%-4d %5.1f%%%n", group.name().toLowerCase(), right[i],
          total[i], total[i] == 0 ? 100.0 : 100.0 * right[i] / total[i]);
    }
  }

  /** Copies the knowledge files of {@code from} to {@code to}, minus the examples asked here. */
  private static void copyWithoutExamples(Path from, Path to, List<EvalQuestion> questions)
      throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(file)) {
          Files.copy(file, to.resolve(file.getFileName()));
        }
      }
    }
    Set<String> asked = new HashSet<>();
    questions.forEach(question -> asked.add(question.question().strip()));
    SampleKnowledge.editJson(to, ExamplesFile.NAME, examples -> {
      List<String> emptied = new ArrayList<>();
      examples.fields().forEachRemaining(entry -> {
        Iterator<JsonNode> phrasings = entry.getValue().elements();
        while (phrasings.hasNext()) {
          if (asked.contains(phrasings.next().asText().strip())) {
            phrasings.remove();
          }
        }
        if (entry.getValue().isEmpty()) {
          emptied.add(entry.getKey());
        }
      });
      examples.remove(emptied);
    });
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }
}
