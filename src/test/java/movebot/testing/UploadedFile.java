package movebot.testing;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file a request uploaded as a {@code multipart/form-data} part.
 *
 * @param fileName the part's {@code filename}, decoded
 * @param contentType the part's Content-Type as sent; empty when it had none
 * @param bytes exactly the bytes between the part's headers and the next boundary
 */
public record UploadedFile(String fileName, String contentType, byte[] bytes) {
  public UploadedFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    bytes = bytes.clone();
  }

  /** A copy: the recorded upload stays as it arrived. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UploadedFile file
        && fileName.equals(file.fileName)
        && contentType.equals(file.contentType)
        && Arrays.equals(bytes, file.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, contentType, Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "UploadedFile[" + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
  }
}
