package movebot.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The literal text every match of a red-flag pattern must contain, read off how the pattern
 * opens, so that a message without any of it skips the pattern.
 *
 * <p>Every message goes through about a hundred patterns, most of which open with a word list
 * ({@code \b(?:fell|fallen|slipped...)}); Java's regex tries each word at every position of the
 * message, which made red flags the larger part of answering a long message. Looking for the
 * words with {@link String#contains} first is a plain substring search, many times faster, and
 * a pattern whose opening this class cannot read plainly is simply always tried. The rule is
 * only ever "skip when none is present", so a wrong reading can cost speed, never a match, as
 * long as each reading is a necessary part of the match: see {@link #of}.
 */
final class Openings {
  private Openings() {}

  /**
   * The texts one of which every match of {@code regex} contains: the leading literal of each
   * alternative of its opening word list, or its opening literal. The opening is what follows
   * any lookbehinds and word boundaries at the start, or the content of a lookahead the pattern
   * starts with (a lookahead must hold for the match to start). Empty when the opening is not
   * plain: a class, a nested group, an escape, an optional group, an alternative without a
   * literal start, inline flags, a pattern of several top-level branches.
   */
  static Optional<List<String>> of(String regex) {
    if (alternatives(regex).size() != 1) {
      return Optional.empty(); // "a|b": the opening of one branch says nothing of the other
    }
    int at = skipBoundariesAndLookbehinds(regex, 0);
    String opening = regex.substring(at);
    if (opening.startsWith("(?=")) {
      int end = groupEnd(opening, 0);
      if (end < 0) {
        return Optional.empty();
      }
      String inner = opening.substring(3, end - 1);
      if (alternatives(inner).size() != 1) {
        return Optional.empty();
      }
      opening = inner.substring(skipBoundariesAndLookbehinds(inner, 0));
    }
    List<String> literals = new ArrayList<>();
    if (opening.startsWith("(?:")) {
      int end = groupEnd(opening, 0);
      if (end < 0 || quantified(opening, end)) {
        return Optional.empty();
      }
      for (String alternative : alternatives(opening.substring(3, end - 1))) {
        literals.add(leadingLiteral(alternative));
      }
    } else {
      literals.add(leadingLiteral(opening));
    }
    for (String literal : literals) {
      if (literal.isEmpty() || !literal.chars().allMatch(c -> c < 128)) {
        return Optional.empty();
      }
    }
    return Optional.of(literals.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
  }

  private static int skipBoundariesAndLookbehinds(String regex, int at) {
    while (true) {
      if (regex.startsWith("\\b", at)) {
        at += 2;
      } else if (regex.startsWith("(?<!", at) || regex.startsWith("(?<=", at)) {
        int end = groupEnd(regex, at);
        if (end < 0) {
          return at;
        }
        at = end;
      } else {
        return at;
      }
    }
  }

  /** One past the ')' closing the group opened at {@code open}, or -1. */
  private static int groupEnd(String regex, int open) {
    int depth = 0;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(regex, i);
        if (i < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i + 1;
      }
    }
    return -1;
  }

  /** The index of the ']' closing the class opened at {@code open}, or -1. */
  private static int classEnd(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++; // a ']' first in a class is a literal
    }
    for (; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        return -1; // nested classes: not read here
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }

  private static boolean quantified(String regex, int after) {
    return after < regex.length() && "?*{".indexOf(regex.charAt(after)) >= 0;
  }

  /** The top-level alternatives of a group's content. */
  private static List<String> alternatives(String content) {
    List<String> alternatives = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        int end = classEnd(content, i);
        if (end < 0) {
          return List.of(""); // unreadable: no literal
        }
        i = end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        alternatives.add(content.substring(start, i));
        start = i + 1;
      }
    }
    alternatives.add(content.substring(start));
    return alternatives;
  }

  /**
   * The characters an alternative starts with for certain: up to the first character with a
   * special meaning, leaving out one that a quantifier makes optional ("can'?t" gives "can").
   */
  private static String leadingLiteral(String alternative) {
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < alternative.length(); i++) {
      char c = alternative.charAt(i);
      if ("\\[](){}.*+?|^$".indexOf(c) >= 0) {
        break;
      }
      char next = i + 1 < alternative.length() ? alternative.charAt(i + 1) : 0;
      if (next == '?' || next == '*' || next == '{') {
        break;
      }
      literal.append(c);
      if (next == '+') {
        break;
      }
    }
    return literal.toString();
  }
}
