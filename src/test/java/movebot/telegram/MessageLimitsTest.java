package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import movebot.chat.Html;
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

  @Test
  void aCaptionIsMeasuredByWhatAPersonReadsSoFormattingUnderTheLimitStays() {
    String html = "<b>Week 3</b> " + "&lt;".repeat(1000) + "<i>!</i>";
    assertTrue(html.length() > MessageLimits.MAX_CAPTION);
    assertEquals(html, MessageLimits.fitCaption(html));
  }

  @Test
  void aLongCaptionIsCutToTheLimitAsEscapedPlainText() {
    String fitted = MessageLimits.fitCaption("<b>Progress</b> " + "a < b & c ".repeat(500));
    String visible = Html.toPlain(fitted);
    assertEquals(MessageLimits.MAX_CAPTION, visible.length());
    assertTrue(fitted.endsWith("…"));
    assertFalse(fitted.contains("<b>"));
    assertFalse(fitted.contains(" < "), "left-over text is escaped again");
    assertTrue(visible.startsWith("Progress a < b & c"), visible);
  }

  @Test
  void aCaptionCutNeverSplitsAnEmoji() {
    String fitted = MessageLimits.fitCaption("a".repeat(1022) + "😀😀");
    assertTrue(Html.toPlain(fitted).length() <= MessageLimits.MAX_CAPTION);
    assertEquals("a".repeat(1022) + "…", fitted);
  }
}
