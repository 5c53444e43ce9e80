package movebot.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline, checking often; fails with a message if it never holds. */
public final class Eventually {
  private Eventually() {}

  public static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
    await(condition, timeout, Duration.ofMillis(10), what);
  }

  /** The same, checking every {@code interval}: for a condition that is costly to check. */
  public static void await(BooleanSupplier condition, Duration timeout, Duration interval, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not true within " + timeout + ": " + what);
      }
      Thread.sleep(interval.toMillis()); // a poll interval, not a guess at how long anything takes
    }
  }
}
