package movebot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactingPrintStreamTest {

  @Test
  void replacesTheSecretInEveryLine() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream redacting = new RedactingPrintStream(new PrintStream(sink, true, StandardCharsets.UTF_8), "123:SECRET");
    redacting.println("GET /bot123:SECRET/getUpdates failed");
    redacting.print("partial 123:");
    redacting.print("SECRET end");
    redacting.flush();
    assertEquals(
        "GET /bot<redacted>/getUpdates failed" + System.lineSeparator() + "partial <redacted> end",
        sink.toString(StandardCharsets.UTF_8));
  }
}
