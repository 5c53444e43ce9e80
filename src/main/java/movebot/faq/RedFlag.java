package movebot.faq;

/**
 * A symptom that needs a doctor rather than an exercise tip. {@code reply} is what the bot says
 * instead of answering: the flag's own reply, or the file's default one.
 */
public record RedFlag(String id, String label, String reply) {
  public RedFlag {
    Require.nonBlank(id, "red flag id");
    Require.nonBlank(label, "red flag label");
    Require.nonBlank(reply, "red flag reply");
  }
}
