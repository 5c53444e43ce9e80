package movebot.faq;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises messages that describe a symptom needing a doctor. The patterns are matched against
 * the message lowercased, with curly apostrophes straightened and runs of whitespace collapsed to
 * one space, so that curators write one plain spelling of each phrase.
 */
final class RedFlags {
  /** One flag with its compiled patterns. */
  record Rule(RedFlag flag, List<Pattern> patterns) {
    Rule {
      if (flag == null) {
        throw new IllegalArgumentException("flag must not be null");
      }
      patterns = List.copyOf(patterns);
    }
  }

  private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02BC\u2032`]");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00A0\u2007\u202F]+");

  private final List<Rule> rules;

  RedFlags(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  List<Rule> rules() {
    return rules;
  }

  /** The first flag, in file order, that any of whose patterns occurs in {@code message}. */
  Optional<RedFlag> match(String message) {
    String normalised = normalise(message);
    for (Rule rule : rules) {
      for (Pattern pattern : rule.patterns()) {
        if (pattern.matcher(normalised).find()) {
          return Optional.of(rule.flag());
        }
      }
    }
    return Optional.empty();
  }

  static String normalise(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    String straight = APOSTROPHES.matcher(lower).replaceAll("'");
    return WHITESPACE.matcher(straight).replaceAll(" ").strip();
  }
}
