package movebot.faq;

/** An article the knowledge base draws on; every answer names one in its "Source:" line. */
public record Source(String id, String title, String file) {
  public Source {
    Require.nonBlank(id, "source id");
    Require.nonBlank(title, "source title");
    Require.nonBlank(file, "source file");
  }
}
