package movebot.faq;

import java.util.ArrayList;
import java.util.List;

/**
 * One curated question and its answer. The title and the alternates are the phrasings a user
 * might type; the answer is plain text that the chat escapes before sending.
 */
public record FaqEntry(
    String id,
    String title,
    List<String> alternates,
    String answer,
    List<String> tags,
    String sourceId) {

  public FaqEntry {
    Require.nonBlank(id, "entry id");
    Require.nonBlank(title, "entry title");
    alternates = Require.nonBlankItems(alternates, "entry alternates");
    Require.nonBlank(answer, "entry answer");
    tags = Require.nonBlankItems(tags, "entry tags");
    Require.nonBlank(sourceId, "entry source");
  }

  /** The title, then the alternates: every phrasing of the question, in file order. */
  public List<String> phrasings() {
    List<String> phrasings = new ArrayList<>(1 + alternates.size());
    phrasings.add(title);
    phrasings.addAll(alternates);
    return phrasings;
  }
}
