package movebot.programmes;

/** Placeholder until the chart lands: a 1×1 PNG. */
public final class ProgressChart {
  private ProgressChart() {}

  public static byte[] png(ProgressReport report) {
    return java.util.Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
  }
}
