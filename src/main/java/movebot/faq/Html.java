package movebot.faq;

/**
 * How long a text is once escaped for Telegram's HTML parse mode, which is what the 4096
 * character limit of a message applies to.
 */
final class Html {
  static final int TELEGRAM_LIMIT = 4096;

  private Html() {}

  static int escapedLength(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      length +=
          switch (text.charAt(i)) {
            case '&' -> 5; // &amp;
            case '<', '>' -> 4; // &lt; &gt;
            case '"' -> 6; // &quot;
            default -> 1;
          };
    }
    return length;
  }
}
