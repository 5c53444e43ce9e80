package movebot.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Telegram's {@code parse_mode=HTML}: only its short list of tags, properly nested; {@code &lt;},
 * {@code &gt;}, {@code &amp;}, {@code &quot;} and numeric entities decoded (an unknown entity stays
 * literal, as Telegram leaves it). Anything else is refused the way the Bot API refuses it, with
 * a {@code "can't parse entities"} description.
 */
final class TelegramHtml {
  private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s",
      "strike", "del", "span", "tg-spoiler", "a", "tg-emoji", "code", "pre", "blockquote");

  private TelegramHtml() {}

  /** The text a user would see. @throws IllegalArgumentException with Telegram's description */
  static String plainText(String html) {
    StringBuilder text = new StringBuilder(html.length());
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '&') {
        i = appendEntity(html, i, text);
      } else if (c != '<') {
        text.append(c);
        i++;
      } else {
        int end = tagEnd(html, i);
        if (end < 0) {
          throw refuse("Unclosed start tag at byte offset " + byteOffset(html, i));
        }
        String inside = html.substring(i + 1, end);
        if (inside.startsWith("/")) {
          String name = inside.substring(1).strip().toLowerCase(Locale.ROOT);
          if (open.isEmpty()) {
            throw refuse("Unexpected end tag at byte offset " + byteOffset(html, i));
          }
          if (!name.equals(open.peek())) {
            throw refuse("Unmatched end tag at byte offset " + byteOffset(html, i)
                + ", expected \"</" + open.peek() + ">\", found \"</" + name + ">\"");
          }
          open.pop();
        } else {
          String name = inside.split("[\\s/]", 2)[0].toLowerCase(Locale.ROOT);
          if (!TAGS.contains(name)) {
            throw refuse("Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(html, i));
          }
          open.push(name);
        }
        i = end + 1;
      }
    }
    if (!open.isEmpty()) {
      throw refuse("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
    }
    return text.toString();
  }

  /** Index of the '>' closing the tag at {@code start}, skipping quoted attribute values. */
  private static int tagEnd(String html, int start) {
    char quote = 0;
    for (int i = start + 1; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      } else if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  private static int appendEntity(String html, int amp, StringBuilder text) {
    int semicolon = html.indexOf(';', amp);
    if (semicolon > amp + 1 && semicolon - amp <= 10) {
      String entity = html.substring(amp + 1, semicolon);
      int decoded = decode(entity);
      if (decoded >= 0) {
        text.appendCodePoint(decoded);
        return semicolon + 1;
      }
    }
    text.append('&');
    return amp + 1;
  }

  private static int decode(String entity) {
    switch (entity) {
      case "lt": return '<';
      case "gt": return '>';
      case "amp": return '&';
      case "quot": return '"';
      default: break;
    }
    try {
      if (entity.startsWith("#x") || entity.startsWith("#X")) {
        return validCodePoint(Integer.parseInt(entity.substring(2), 16));
      }
      if (entity.startsWith("#")) {
        return validCodePoint(Integer.parseInt(entity.substring(1)));
      }
    } catch (NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private static int validCodePoint(int codePoint) {
    return Character.isValidCodePoint(codePoint) ? codePoint : -1;
  }

  private static int byteOffset(String html, int index) {
    return html.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
  }

  private static IllegalArgumentException refuse(String reason) {
    return new IllegalArgumentException("Bad Request: can't parse entities: " + reason);
  }
}
