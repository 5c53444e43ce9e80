package movebot.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which sentences of a message ask its question. People with a sore back often tell their story
 * first ("I'm a nurse, 12-hour shifts, my back has been bad since the spring") and ask at the end
 * ("what exercise should I do?"). Every word of the story would otherwise count as much as the
 * words of the question: the story's words pull the search towards entries that happen to share
 * them, and the words the base has never seen (jobs, places, family) count against confidence.
 * The story still matters ("sciatica" may only be in it), so its words still rank entries, at
 * {@link Tuning#contextShare()}, but they are left out of the best score the question could hope
 * for (see {@link SelfScore}): confidence says how well an entry answers what was asked, and
 * the story can only add to it. The one exception is a word the base lists as not covered
 * ("pregnant"), which counts against confidence wherever it stands.
 */
final class QuestionFocus {
  /** A sentence of the message and whether it asks. */
  record Sentence(String text, boolean asks) {}

  // A sentence ends at . ! ? ; or a line break, followed by a space or the end of the message.
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\s*\\R\\s*");
  private static final Pattern FIRST_WORD = Pattern.compile("^[^\\p{L}]*([\\p{L}']+)");
  /** How a sentence that asks without a question mark starts, as people type it. */
  private static final Set<String> ASKING_WORDS = Set.of(
      "what", "whats", "what's", "wat", "how", "hw", "which", "why", "when", "where", "who",
      "should", "shall", "can", "could", "would", "will", "is", "are", "am", "do", "does",
      "did", "any", "anything", "tips", "advice", "help", "recommend", "please", "pls", "plz",
      "best", "whether", "wondering");

  private QuestionFocus() {}

  /**
   * The sentences of {@code message}, in order. A message of one sentence, or whose every
   * sentence asks, is all question. Otherwise the sentences that end with a question mark ask;
   * failing those, the ones that open like a question; failing those, the last one.
   */
  static List<Sentence> sentences(String message) {
    List<String> parts = new ArrayList<>();
    for (String part : SENTENCE_END.split(message.strip())) {
      if (!part.isBlank()) {
        parts.add(part);
      }
    }
    List<Sentence> sentences = new ArrayList<>(parts.size());
    if (parts.size() <= 1) {
      for (String part : parts) {
        sentences.add(new Sentence(part, true));
      }
      return sentences;
    }
    boolean anyQuestionMark = parts.stream().anyMatch(part -> part.contains("?"));
    boolean anyOpener = parts.stream().anyMatch(QuestionFocus::opensLikeAQuestion);
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      boolean asks = anyQuestionMark ? part.contains("?")
          : anyOpener ? opensLikeAQuestion(part)
          : i == parts.size() - 1;
      sentences.add(new Sentence(part, asks));
    }
    return sentences;
  }

  private static boolean opensLikeAQuestion(String sentence) {
    var first = FIRST_WORD.matcher(sentence);
    return first.find() && ASKING_WORDS.contains(first.group(1).toLowerCase(Locale.ROOT));
  }
}
