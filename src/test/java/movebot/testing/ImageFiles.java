package movebot.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Just enough image sniffing for the fake's sendPhoto: Telegram refuses an upload that is not a
 * picture, and reports a photo's sizes. Known formats by their first bytes; a PNG's size from its
 * header chunk.
 */
final class ImageFiles {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] GIF = "GIF8".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] IHDR = "IHDR".getBytes(StandardCharsets.ISO_8859_1);

  record Size(int width, int height) {}

  private ImageFiles() {}

  static boolean isImage(byte[] bytes) {
    return startsWith(bytes, PNG, 0) || startsWith(bytes, JPEG, 0) || startsWith(bytes, GIF, 0)
        || startsWith(bytes, RIFF, 0) && startsWith(bytes, WEBP, 8);
  }

  /** A PNG's width and height from its IHDR chunk; empty for other formats or a broken header. */
  static Optional<Size> pngSize(byte[] bytes) {
    if (!startsWith(bytes, PNG, 0) || !startsWith(bytes, IHDR, 12) || bytes.length < 24) {
      return Optional.empty();
    }
    ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8); // big-endian, as PNG is
    int width = header.getInt();
    int height = header.getInt();
    return width > 0 && height > 0 ? Optional.of(new Size(width, height)) : Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
    return bytes.length >= at + prefix.length
        && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
  }
}
