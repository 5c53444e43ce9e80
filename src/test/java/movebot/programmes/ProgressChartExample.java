package movebot.programmes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The example /progress chart shown in the README, {@code src/site/progress-example.png}: four
 * weeks of someone building up to the walking goal.
 *
 * <p>To regenerate it after changing {@link ProgressChart}, from the repository root:
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests
 * java -cp target/movebot.jar:target/test-classes movebot.programmes.ProgressChartExample
 * </pre>
 *
 * <p>An argument writes the image to another path instead. Running it against the shaded jar (not
 * the Maven class path) also shows that the jar holds everything the chart needs.
 */
public final class ProgressChartExample {
  static final Path DEFAULT_OUTPUT = Path.of("src/site/progress-example.png");

  private ProgressChartExample() {}

  /** Four weeks from 13 October 2025: 60, 95, 120 and 155 walking minutes, a 9-day streak. */
  static ProgressReport report() {
    LocalDate first = LocalDate.of(2025, 10, 13);
    return new ProgressReport(
        List.of(
            new ProgressReport.Week(first, 60, 3, 1),
            new ProgressReport.Week(first.plusWeeks(1), 95, 5, 2),
            new ProgressReport.Week(first.plusWeeks(2), 120, 6, 4),
            new ProgressReport.Week(first.plusWeeks(3), 155, 7, 5)),
        9);
  }

  public static void main(String[] args) throws IOException {
    Path output = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
    Path parent = output.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    byte[] png = ProgressChart.png(report());
    Files.write(output, png);
    System.out.println("Wrote " + output + " (" + png.length + " bytes)");
  }
}
