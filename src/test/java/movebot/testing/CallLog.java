package movebot.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Every call the fake received, in order, and waiting for calls with a deadline. */
final class CallLog {
  private static final int CALLS_SHOWN_ON_TIMEOUT = 20;

  private final List<RecordedCall> all = new ArrayList<>();
  private final Map<String, List<RecordedCall>> byMethod = new HashMap<>();

  synchronized RecordedCall add(String method, RequestParams.Parsed request, int httpStatus, String contentType) {
    RecordedCall call = new RecordedCall(
        all.size() + 1, method, request.params(), Instant.now(), httpStatus, contentType, request.files());
    all.add(call);
    byMethod.computeIfAbsent(method, m -> new ArrayList<>()).add(call);
    notifyAll();
    return call;
  }

  synchronized List<RecordedCall> all() {
    return List.copyOf(all);
  }

  synchronized List<RecordedCall> of(String method) {
    return List.copyOf(byMethod.getOrDefault(method, List.of()));
  }

  /** The first call of {@code method} (already received or still to come) that matches. */
  synchronized RecordedCall await(String method, Predicate<RecordedCall> match, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int checked = 0;
    while (true) {
      List<RecordedCall> calls = byMethod.getOrDefault(method, List.of());
      for (; checked < calls.size(); checked++) {
        if (match.test(calls.get(checked))) {
          return calls.get(checked);
        }
      }
      if (!waitUntil(deadline)) {
        throw new AssertionError("no " + method + " call matched within " + timeout + "; "
            + describe(method));
      }
    }
  }

  /** The first {@code count} calls of {@code method}, once that many have arrived. */
  synchronized List<RecordedCall> awaitCount(String method, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<RecordedCall> calls = byMethod.getOrDefault(method, List.of());
      if (calls.size() >= count) {
        return List.copyOf(calls.subList(0, count));
      }
      if (!waitUntil(deadline)) {
        throw new AssertionError("expected " + count + " " + method + " calls within " + timeout
            + " but got " + calls.size() + "; " + describe(method));
      }
    }
  }

  /** Waits for the next call or the deadline; false once the deadline has passed. */
  private boolean waitUntil(long deadline) {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      return false;
    }
    try {
      // Object.wait takes millis; round up so a sub-millisecond remainder does not spin.
      wait(Math.max(1, (remaining + 999_999) / 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for calls", e);
    }
    return true;
  }

  private String describe(String method) {
    List<RecordedCall> calls = byMethod.getOrDefault(method, List.of());
    String received = calls.isEmpty()
        ? "no " + method + " calls at all"
        : method + " calls received: " + summary(calls);
    return received + "; all calls (" + all.size() + "): " + summary(all);
  }

  private static String summary(List<RecordedCall> calls) {
    int from = Math.max(0, calls.size() - CALLS_SHOWN_ON_TIMEOUT);
    String shown = calls.subList(from, calls.size()).stream()
        .map(RecordedCall::toString)
        .collect(Collectors.joining("\n  ", "\n  ", ""));
    return (from > 0 ? "(last " + CALLS_SHOWN_ON_TIMEOUT + ")" : "") + shown;
  }
}
