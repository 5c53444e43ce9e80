package movebot.telegram;

import movebot.chat.Html;

/** Telegram's size limits, applied just before sending so nothing the core builds is refused. */
final class MessageLimits {
  static final int MAX_TEXT = 4096;
  static final int MAX_TOAST = 200;
  /** Telegram counts a photo's or document's caption after the HTML is parsed. */
  static final int MAX_CAPTION = 1024;

  private MessageLimits() {}

  /**
   * Returns {@code html} if its text fits one message; otherwise a plain-text version cut at a
   * code-point boundary with an ellipsis. Formatting is dropped for such oversized messages
   * because cutting HTML could leave a tag open, and Telegram refuses broken HTML.
   */
  static String fit(String html) {
    if (html.length() <= MAX_TEXT) {
      return html;
    }
    String plain = Html.toPlain(html);
    String cut = cut(plain, MAX_TEXT - 1);
    if (Html.escape(cut).length() + 1 > MAX_TEXT) {
      cut = cut(plain, MAX_TEXT / 2); // many escaped characters; halve rather than count precisely
    }
    return Html.escape(cut) + "…";
  }

  /**
   * Returns {@code html} if the text a person reads fits a caption; otherwise, as {@link #fit}
   * does, a plain-text version cut at a code-point boundary with an ellipsis, escaped again.
   * The limit is on visible text, so tags and entities cost nothing and a formatted caption
   * under it keeps its formatting. Escaping does not change what is visible, so the cut fits.
   */
  static String fitCaption(String html) {
    String plain = Html.toPlain(html);
    if (plain.length() <= MAX_CAPTION) {
      return html;
    }
    return Html.escape(cut(plain, MAX_CAPTION - 1)) + "…";
  }

  /**
   * Incoming text cut to the 4,096 characters Telegram delivers at most: anything longer did not
   * come from Telegram, and the cut bounds the work every later step does with one message.
   */
  static String fitIncoming(String text) {
    return cut(text, MAX_TEXT);
  }

  /** Plain text for a callback toast: at most 200 characters. */
  static String fitToast(String text) {
    return text.length() <= MAX_TOAST ? text : cut(text, MAX_TOAST - 1) + "…";
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never split an emoji
    }
    return text.substring(0, end);
  }
}
