package movebot.testing;

import java.util.List;
import java.util.Random;

/**
 * Text people (and scripts) type: real questions, markup-like characters Telegram's HTML mode
 * cares about, right-to-left and zero-width marks, emoji built from surrogate pairs and joiners,
 * scripts from around the world, and now and then a wall of text at or past Telegram's limit.
 */
final class RandomText {
  private static final List<String> QUESTIONS = List.of(
      "is walking good for back pain", "how long should I walk?", "can I swim with sciatica",
      "my back hurts when I sit all day", "what exercises help lower back pain",
      "should I rest or move", "is yoga ok", "numbness in my groin and I can't pee",
      "strolling for again ache?", "what does the BMJ study say about sitting");
  private static final List<String> PIECES = List.of(
      "<", ">", "&", "\"", "'", "<b>", "</b>", "<i>", "<a href=\"x\">", "</a>", "&amp;", "&lt;", "&#x1F600;",
      "&nbsp;", "<script>", "\\", "%s", "${x}", "\n", "\t", " ", "@", "/", "#",
      "\u200B", "\u200C", "\u200D", "\uFEFF", "\u200E", "\u200F", "\u202E", "\u202C", "\u2066", "\u0301",
      "😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇩🇪", "𝕳𝖊𝖑𝖑𝖔", "𐍈", "ア", "中文", "عربى", "עברית", "Ελληνικά", "русский",
      "ﷺ", "؟", "\u0000", "\u0007", "\u001B[31m");

  private final Random random;

  RandomText(Random random) {
    this.random = random;
  }

  String any() {
    int roll = random.nextInt(100);
    if (roll < 30) {
      return question();
    }
    if (roll < 97) {
      return mixed(1 + random.nextInt(random.nextInt(10) == 0 ? 600 : 60));
    }
    return wall();
  }

  String question() {
    String question = QUESTIONS.get(random.nextInt(QUESTIONS.size()));
    return random.nextBoolean() ? question : question.toUpperCase() + " " + mixed(3);
  }

  /** {@code pieces} pieces, characters and code points strung together. */
  String mixed(int pieces) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      switch (random.nextInt(4)) {
        case 0 -> text.append(PIECES.get(random.nextInt(PIECES.size())));
        case 1 -> text.append((char) (' ' + random.nextInt(95)));
        case 2 -> text.appendCodePoint(codePoint());
        default -> text.append(QUESTIONS.get(random.nextInt(QUESTIONS.size())).split(" ")[0]).append(' ');
      }
    }
    return text.toString();
  }

  /** Text at, just past, or far past 4,096 characters. */
  private String wall() {
    int length = switch (random.nextInt(4)) {
      case 0 -> 4096;
      case 1 -> 4095 + random.nextInt(3);
      case 2 -> 5_000 + random.nextInt(5_000);
      default -> 20_000;
    };
    StringBuilder text = new StringBuilder(length + 16);
    while (text.length() < length) {
      text.append(random.nextInt(3) == 0 ? "😀" : mixed(8));
    }
    text.setLength(length);
    if (Character.isHighSurrogate(text.charAt(length - 1))) {
      text.setCharAt(length - 1, 'x'); // JSON carries no half emoji; the fake would send '?'
    }
    return text.toString();
  }

  /** Any code point outside the surrogate range, mostly from the lower planes. */
  private int codePoint() {
    while (true) {
      int cp = random.nextInt(10) == 0 ? random.nextInt(0x110000) : random.nextInt(0x3000);
      if (Character.isValidCodePoint(cp) && (cp < 0xD800 || cp > 0xDFFF)) {
        return cp;
      }
    }
  }
}
