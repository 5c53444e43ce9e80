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
  /** One flag with its compiled patterns, and the words each pattern opens with. */
  static final class Rule {
    private final RedFlag flag;
    private final List<Pattern> patterns;
    // Read off the patterns once, here, so that no rule can carry openings of other patterns.
    private final List<Optional<List<String>>> openings;

    Rule(RedFlag flag, List<Pattern> patterns) {
      if (flag == null) {
        throw new IllegalArgumentException("flag must not be null");
      }
      this.flag = flag;
      this.patterns = List.copyOf(patterns);
      this.openings = this.patterns.stream().map(p -> Openings.of(p.pattern())).toList();
    }

    RedFlag flag() {
      return flag;
    }

    List<Pattern> patterns() {
      return patterns;
    }

    /** Whether the {@code i}-th pattern occurs in the normalised {@code message}. */
    boolean matches(int i, String message) {
      Optional<List<String>> opening = openings.get(i);
      if (opening.isPresent() && !containsAny(message, opening.get())) {
        return false; // a match must contain one of them: see Openings
      }
      return patterns.get(i).matcher(message).find();
    }

    // A loop, not a stream: this runs for every pattern of every message.
    private static boolean containsAny(String message, List<String> words) {
      for (String word : words) {
        if (message.contains(word)) {
          return true;
        }
      }
      return false;
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
      for (int i = 0; i < rule.patterns().size(); i++) {
        if (rule.matches(i, normalised)) {
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
