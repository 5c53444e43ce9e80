package movebot.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches what this JVM writes to {@code System.err} while open, passing it through. The bot logs
 * there (slf4j-simple looks {@code System.err} up on every line), and so does the JVM for an
 * exception nobody caught, so this sees every error without a hook in the bot.
 *
 * <pre>{@code
 * try (LogWatch log = LogWatch.start()) {
 *   // ... drive the bot ...
 *   assertEquals(List.of(), log.errors());
 * }
 * }</pre>
 */
public final class LogWatch implements AutoCloseable {
  private final PrintStream original;
  private final Lines lines = new Lines();

  private LogWatch(PrintStream original) {
    this.original = original;
  }

  public static LogWatch start() {
    LogWatch watch = new LogWatch(System.err);
    System.setErr(new PrintStream(new Tee(watch.original, watch.lines), true, StandardCharsets.UTF_8));
    return watch;
  }

  /**
   * Lines logged at ERROR level, and uncaught exceptions ("Exception in thread ..."), so far. A
   * handled problem the bot logs as a warning is not one.
   */
  public List<String> errors() {
    return lines.matching(line -> line.contains(" ERROR ") || line.startsWith("Exception in thread"));
  }

  @Override
  public void close() {
    System.err.flush();
    System.setErr(original);
  }

  /** Splits what passes through into lines, keeping them for {@link #errors()}. */
  private static final class Lines {
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private final List<String> all = new ArrayList<>();

    synchronized void write(int b) {
      if (b == '\n') {
        all.add(current.toString(StandardCharsets.UTF_8));
        current.reset();
      } else {
        current.write(b);
      }
    }

    synchronized List<String> matching(java.util.function.Predicate<String> test) {
      return all.stream().filter(test).toList();
    }
  }

  private static final class Tee extends OutputStream {
    private final PrintStream out;
    private final Lines lines;

    Tee(PrintStream out, Lines lines) {
      this.out = out;
      this.lines = lines;
    }

    @Override
    public void write(int b) {
      out.write(b);
      lines.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      out.write(b, off, len);
      for (int i = off; i < off + len; i++) {
        lines.write(b[i]);
      }
    }

    @Override
    public void flush() {
      out.flush();
    }
  }
}
