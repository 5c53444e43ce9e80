package movebot.telegram;

/**
 * The file name an upload is sent under. telegrambots uses it twice: as the multipart part's
 * name and filename, which OkHttp writes with {@code "}, CR and LF percent-encoded, and as the
 * {@code attach://NAME} reference, which it writes as is. A name with those characters would no
 * longer match its own part, so Telegram would find no file. Such characters (and other controls,
 * path separators, backslashes and {@code %}, which a server might decode) become {@code _}.
 */
final class UploadNames {
  /** Telegram keeps file names short; 255 is the usual file-system limit. */
  static final int MAX_LENGTH = 255;

  private UploadNames() {}

  static String safe(String fileName) {
    StringBuilder name = new StringBuilder(Math.min(fileName.length(), MAX_LENGTH));
    fileName.codePoints().forEach(c -> {
      if (name.length() >= MAX_LENGTH - 1) {
        return;
      }
      boolean unsafe = Character.isISOControl(c) || c == '"' || c == '\\' || c == '/' || c == '%';
      name.appendCodePoint(unsafe ? '_' : c);
    });
    String safe = name.toString().strip();
    return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? "file" : safe;
  }
}
