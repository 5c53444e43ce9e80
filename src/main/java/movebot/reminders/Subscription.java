package movebot.reminders;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/** One daily prompt time of one person; {@code nextFire} is empty while it is inactive. */
public record Subscription(long id, long userId, long chatId, LocalTime time, Days days, Optional<Instant> nextFire) {
  public Subscription {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(nextFire, "nextFire");
  }
}
