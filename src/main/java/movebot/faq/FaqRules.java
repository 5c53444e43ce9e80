package movebot.faq;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of {@code faq.json} that look across items: references, uniqueness, lengths. */
final class FaqRules {
  /** Fewer phrasings than this and paraphrased questions start to miss the entry. */
  static final int MIN_ALTERNATES = 3;

  /** Above this an answer still fits a message but is more than people read in a chat. */
  static final int LONG_MESSAGE = 1000;

  // Ids travel in button callback data, which Telegram caps at 64 bytes with our prefix.
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern APOSTROPHE = Pattern.compile("[\u2018\u2019'`]");

  private FaqRules() {}

  /**
   * Reports what breaks the rules, and returns which entry each phrasing belongs to, by its
   * {@link #normalise normal form} (the first entry to use it), for the examples to be checked
   * against.
   */
  static Map<String, String> check(Path file, FaqFile.Content faq, Problems problems) {
    Map<String, Source> sources = new HashMap<>();
    for (Source source : faq.sources()) {
      String where = "source '" + source.id() + "'";
      if (sources.putIfAbsent(source.id(), source) != null) {
        problems.error(file, where, "id: duplicate id");
      }
    }
    Set<String> topics = new HashSet<>();
    for (Topic topic : faq.topics()) {
      String where = "topic '" + topic.id() + "'";
      if (!topics.add(topic.id())) {
        problems.error(file, where, "id: duplicate id");
      }
      checkId(file, where, topic.id(), problems);
    }
    if (faq.entries().isEmpty()) {
      problems.error(file, "entries", "is empty: the bot would have nothing to answer with");
    }
    Set<String> ids = new HashSet<>();
    Map<String, String> phrasingOwners = new HashMap<>();
    for (FaqEntry entry : faq.entries()) {
      String where = "entry '" + entry.id() + "'";
      if (!ids.add(entry.id())) {
        problems.error(file, where, "id: duplicate id");
      }
      checkId(file, where, entry.id(), problems);
      if (entry.id().equals(ExamplesFile.OFF_TOPIC)) {
        problems.error(file, where, "id: '" + ExamplesFile.OFF_TOPIC + "' is reserved for the"
            + " questions the base does not answer, in " + ExamplesFile.NAME);
      }
      checkEntry(file, where, entry, sources, faq.sourceIds(), faq.topicIds(), problems);
      checkPhrasings(file, where, entry, phrasingOwners, problems);
      checkNotCovered(file, where, entry, faq.notCovered(), problems);
    }
    checkUnused(file, faq, problems);
    return Map.copyOf(phrasingOwners);
  }

  private static void checkId(Path file, String where, String id, Problems problems) {
    if (!ID.matcher(id).matches()) {
      problems.error(file, where, "id: use 1 to 40 lowercase letters, digits, '-' or '_', "
          + "starting with a letter or digit (ids travel in button data)");
    }
  }

  private static void checkEntry(Path file, String where, FaqEntry entry,
      Map<String, Source> sources, Set<String> sourceIds, Set<String> topicIds,
      Problems problems) {
    if (entry.alternates().size() < MIN_ALTERNATES) {
      problems.error(file, where, "alternates: " + entry.alternates().size()
          + " given, at least " + MIN_ALTERNATES + " needed");
    }
    for (String tag : entry.tags()) {
      if (!topicIds.contains(tag)) {
        problems.error(file, where, "tags: '" + tag + "' is not a topic id");
      }
    }
    Source source = sources.get(entry.sourceId());
    if (!sourceIds.contains(entry.sourceId())) {
      problems.error(file, where, "source: '" + entry.sourceId() + "' is not a source id");
    }
    int length = messageLength(entry, source);
    if (length > Html.TELEGRAM_LIMIT) {
      problems.error(file, where, "answer: the message would be " + length
          + " characters escaped, over Telegram's " + Html.TELEGRAM_LIMIT);
    } else if (length > LONG_MESSAGE) {
      problems.warning(file, where, "answer: the message would be " + length
          + " characters; above " + LONG_MESSAGE + " is long for a chat");
    }
  }

  /**
   * The answer as the chat sends it: title, blank line, answer, blank line, "Source: title",
   * each escaped for HTML.
   */
  static int messageLength(FaqEntry entry, Source source) {
    String sourceTitle = source == null ? entry.sourceId() : source.title();
    return Html.escapedLength(entry.title()) + 2 + Html.escapedLength(entry.answer()) + 2
        + Html.escapedLength("Source: " + sourceTitle);
  }

  private static void checkPhrasings(Path file, String where, FaqEntry entry,
      Map<String, String> owners, Problems problems) {
    List<String> phrasings = entry.phrasings();
    Set<String> own = new HashSet<>();
    for (int i = 0; i < phrasings.size(); i++) {
      String key = phrasingKey(i);
      String normal = normalise(phrasings.get(i));
      if (normal.isEmpty()) {
        problems.error(file, where, key + ": has no words");
      } else if (!own.add(normal)) {
        problems.warning(file, where, key + ": '" + phrasings.get(i)
            + "' repeats another phrasing of this entry");
      } else {
        String owner = owners.putIfAbsent(normal, entry.id());
        if (owner != null) {
          problems.error(file, where, key + ": '" + phrasings.get(i)
              + "' is also a phrasing of entry '" + owner + "'");
        }
      }
    }
  }

  /**
   * A phrasing that uses a word the base lists as not covered: the word counts against every
   * question that uses it, so the phrasing can never match its own wording well, and the list
   * says one thing while the entry says another. Plurals count ("shoes" for "shoe").
   */
  private static void checkNotCovered(Path file, String where, FaqEntry entry,
      List<String> notCovered, Problems problems) {
    List<String> phrasings = entry.phrasings();
    for (int i = 0; i < phrasings.size(); i++) {
      String words = " " + normalise(phrasings.get(i)) + " ";
      for (String word : notCovered) {
        String listed = normalise(word);
        if (!listed.isEmpty() && (words.contains(" " + listed + " ")
            || words.contains(" " + listed + "s ") || words.contains(" " + listed + "es "))) {
          problems.warning(file, where, phrasingKey(i) + ": '" + phrasings.get(i) + "' uses '" + word
              + "', which not_covered lists: it counts against this phrasing");
        }
      }
    }
  }

  /** Where the {@code i}-th of {@link FaqEntry#phrasings()} is in the file. */
  private static String phrasingKey(int i) {
    return i == 0 ? "title" : "alternates[" + (i - 1) + "]";
  }

  /** Case, punctuation and apostrophes do not make two phrasings different. */
  static String normalise(String phrasing) {
    String lower = APOSTROPHE.matcher(phrasing.toLowerCase(Locale.ROOT)).replaceAll("");
    return NOT_WORD.matcher(lower).replaceAll(" ").strip();
  }

  private static void checkUnused(Path file, FaqFile.Content faq, Problems problems) {
    Set<String> usedTags = new HashSet<>();
    Set<String> usedSources = new HashSet<>();
    for (FaqEntry entry : faq.entries()) {
      usedTags.addAll(entry.tags());
      usedSources.add(entry.sourceId());
    }
    for (Topic topic : faq.topics()) {
      if (!usedTags.contains(topic.id())) {
        problems.warning(file, "topic '" + topic.id() + "'", "no entry has this tag");
      }
    }
    for (Source source : faq.sources()) {
      if (!usedSources.contains(source.id())) {
        problems.warning(file, "source '" + source.id() + "'", "no entry cites this source");
      }
    }
  }
}
