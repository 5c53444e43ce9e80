package movebot.chat;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** An inline button. Telegram refuses callback data over 64 bytes, so that is checked here. */
public record Button(String label, String data) {
  public static final int MAX_DATA_BYTES = 64;

  public Button {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(data, "data");
    if (label.isBlank()) {
      throw new IllegalArgumentException("button label is empty");
    }
    int bytes = data.getBytes(StandardCharsets.UTF_8).length;
    if (bytes == 0 || bytes > MAX_DATA_BYTES) {
      throw new IllegalArgumentException("callback data must be 1-64 bytes, got " + bytes + ": " + data);
    }
  }
}
