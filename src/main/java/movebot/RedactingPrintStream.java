package movebot;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Replaces a secret with a placeholder in everything written through it. Installed as
 * System.out and System.err by {@code movebot run}, so that no log line of ours or of a
 * library can show the bot token, whatever it logs. Works line by line: a secret is never
 * split across lines.
 */
final class RedactingPrintStream extends PrintStream {
  static final String PLACEHOLDER = "<redacted>";

  RedactingPrintStream(PrintStream target, String secret) {
    // No autoflush: PrintStream would flush after every write and split a secret across two
    // flushes. Lines are passed on at each newline anyway.
    super(new LineRedactor(target, secret), false, StandardCharsets.UTF_8);
  }

  private static final class LineRedactor extends OutputStream {
    private final PrintStream target;
    private final String secret;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineRedactor(PrintStream target, String secret) {
      this.target = target;
      this.secret = secret;
    }

    @Override
    public synchronized void write(int b) {
      line.write(b);
      if (b == '\n') {
        flushLine();
      }
    }

    @Override
    public synchronized void flush() {
      flushLine();
      target.flush();
    }

    private void flushLine() {
      if (line.size() == 0) {
        return;
      }
      String text = line.toString(StandardCharsets.UTF_8);
      line.reset();
      target.print(secret.isEmpty() ? text : text.replace(secret, PLACEHOLDER));
    }
  }
}
