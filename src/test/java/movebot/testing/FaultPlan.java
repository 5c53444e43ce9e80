package movebot.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Which faults are armed: the next N calls of a method, and every call to a chat. */
final class FaultPlan {
  private static final class Armed {
    final Fault fault;
    int remaining;

    Armed(Fault fault, int remaining) {
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private final Map<String, Deque<Armed>> byMethod = new HashMap<>();
  private final Map<Long, Fault> byChat = new HashMap<>();
  /** An outage: every call of the method until a System.nanoTime() deadline. */
  private final Map<String, Armed> outages = new HashMap<>();
  private final Map<String, Long> outageEnds = new HashMap<>();

  synchronized void failNext(String method, Fault fault, int times) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times must be >= 1: " + times);
    }
    byMethod.computeIfAbsent(method, m -> new ArrayDeque<>()).addLast(new Armed(fault, times));
  }

  synchronized void failFor(String method, Fault fault, long untilNanos) {
    outages.put(Objects.requireNonNull(method, "method"), new Armed(Objects.requireNonNull(fault, "fault"), 0));
    outageEnds.put(method, untilNanos);
  }

  synchronized void failChat(long chatId, Fault fault) {
    byChat.put(chatId, Objects.requireNonNull(fault, "fault"));
  }

  synchronized void clear() {
    byMethod.clear();
    byChat.clear();
    outages.clear();
    outageEnds.clear();
  }

  /**
   * The fault for this call, or null. An outage of the method comes first, then method faults in
   * the order they were armed, each one used counting down; chat faults apply to every call that
   * names the chat.
   */
  synchronized Fault take(String method, Long chatId) {
    Long outageEnd = outageEnds.get(method);
    if (outageEnd != null && System.nanoTime() - outageEnd < 0) {
      return outages.get(method).fault;
    }
    Deque<Armed> armed = byMethod.get(method);
    if (armed != null && !armed.isEmpty()) {
      Armed next = armed.peekFirst();
      if (--next.remaining == 0) {
        armed.removeFirst();
      }
      return next.fault;
    }
    return chatId == null ? null : byChat.get(chatId);
  }
}
