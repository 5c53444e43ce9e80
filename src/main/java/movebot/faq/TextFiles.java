package movebot.faq;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the knowledge files, which are UTF-8 text edited by hand. */
final class TextFiles {
  private TextFiles() {}

  /** The file's text, without the U+FEFF some Windows editors put at the start. */
  static String read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
