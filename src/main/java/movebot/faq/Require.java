package movebot.faq;

import java.util.List;

/** Argument checks shared by the records of this package, so each states its rules in one line. */
final class Require {
  private Require() {}

  static String nonBlank(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  /** An immutable copy with no null or blank elements. */
  static List<String> nonBlankItems(List<String> values, String what) {
    if (values == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    for (String value : values) {
      nonBlank(value, "each of " + what);
    }
    return List.copyOf(values);
  }
}
