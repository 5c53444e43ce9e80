package movebot.bench;

/** One line of the benchmark table. */
public record BenchResult(String name, String figure, String target, boolean met) {
  public String row() {
    return String.format("| %-58s | %-22s | %-14s | %-4s |", name, figure, target, met ? "yes" : "NO");
  }
}
