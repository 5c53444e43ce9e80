package movebot.faq;

/** A group of entries that the chat offers as a button ("Walking", "Stretching", ...). */
public record Topic(String id, String label) {
  public Topic {
    Require.nonBlank(id, "topic id");
    Require.nonBlank(label, "topic label");
  }
}
