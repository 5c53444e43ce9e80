package movebot.faq;

/**
 * One thing wrong with the knowledge files, located precisely enough to fix without searching:
 * the file, the item inside it ("entry 'walking-daily'", "line 12") and the reason.
 * Errors stop the bot from loading; warnings are printed by {@code check} but do not.
 */
public record KnowledgeProblem(Severity severity, String file, String where, String reason) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public KnowledgeProblem {
    if (severity == null) {
      throw new IllegalArgumentException("severity must not be null");
    }
    Require.nonBlank(file, "problem file");
    Require.nonBlank(where, "problem location");
    Require.nonBlank(reason, "problem reason");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code "error: config/faq.json: entry 'x': reason"}, the line {@code check} prints. */
  @Override
  public String toString() {
    return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + file + ": " + where + ": "
        + reason;
  }
}
