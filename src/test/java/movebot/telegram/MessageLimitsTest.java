package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessageLimitsTest {

  @Test
  void textThatFitsIsUntouched() {
    String html = "<b>" + "a".repeat(4089) + "</b>";
    assertEquals(4096, html.length());
    assertEquals(html, MessageLimits.fit(html));
  }

  @Test
  void longTextIsCutToTheLimitAsEscapedPlainText() {
    String fitted = MessageLimits.fit("<b>title</b> " + "x < y ".repeat(20_000));
    assertTrue(fitted.length() <= MessageLimits.MAX_TEXT, "length " + fitted.length());
    assertFalse(fitted.contains("<b>"));
    assertTrue(fitted.endsWith("…"));
    assertFalse(fitted.contains(" < "), "left-over text is escaped again");
  }

  @Test
  void anEmojiIsNeverSplit() {
    String text = "a".repeat(4094) + "😀😀";
    String fitted = MessageLimits.fit(text);
    assertTrue(fitted.length() <= MessageLimits.MAX_TEXT);
    char beforeEllipsis = fitted.charAt(fitted.length() - 2);
    assertFalse(Character.isHighSurrogate(beforeEllipsis), "a lone high surrogate would be invalid UTF-16");
  }

  @Test
  void toastIsCutTo200() {
    assertEquals(200, MessageLimits.fitToast("y".repeat(500)).length());
  }

  @Test
  void incomingTextIsCutToWhatTelegramCanDeliverWithoutSplittingAnEmoji() {
    assertEquals("q".repeat(4096), MessageLimits.fitIncoming("q".repeat(100_000)));
    assertEquals("a".repeat(4095), MessageLimits.fitIncoming("a".repeat(4095) + "😀"));
    assertEquals("😀".repeat(2048), MessageLimits.fitIncoming("😀".repeat(2048)));
  }
}
