package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UploadNamesTest {

  @Test
  void anOrdinaryNameIsKept() {
    assertEquals("progress-week 3.png", UploadNames.safe("progress-week 3.png"));
    assertEquals("Übungen 😀.json", UploadNames.safe("Übungen 😀.json"));
  }

  @Test
  void charactersTheMultipartEncodingWouldChangeAreReplaced() {
    assertEquals("a_b_c_d_e_f.png", UploadNames.safe("a\"b\rc\nd\\e%f.png"));
    assertEquals("_etc_passwd", UploadNames.safe("/etc/passwd"));
  }

  @Test
  void nothingUsableBecomesFile() {
    assertEquals("file", UploadNames.safe(""));
    assertEquals("file", UploadNames.safe("  "));
    assertEquals("file", UploadNames.safe(".."));
  }

  @Test
  void aLongNameIsCutWithoutSplittingAnEmoji() {
    String safe = UploadNames.safe("😀".repeat(300));
    assertTrue(safe.length() <= UploadNames.MAX_LENGTH);
    assertTrue(Character.isLowSurrogate(safe.charAt(safe.length() - 1)));
  }
}
