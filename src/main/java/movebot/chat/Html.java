package movebot.chat;

import java.util.regex.Pattern;

/** Telegram's HTML parse mode: escaping what people and files wrote, and reading it back as plain text. */
public final class Html {
  /** A tag never holds '<'; saying so keeps a text full of unclosed '<' from costing quadratic time. */
  private static final Pattern TAG = Pattern.compile("<[^<>]*>");

  private Html() {}

  /** Escapes the three characters Telegram's HTML mode requires escaped. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  public static String bold(String text) {
    return "<b>" + escape(text) + "</b>";
  }

  public static String italic(String text) {
    return "<i>" + escape(text) + "</i>";
  }

  /** What a person reads: tags removed, entities decoded. */
  public static String toPlain(String html) {
    return TAG.matcher(html)
        .replaceAll("")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
