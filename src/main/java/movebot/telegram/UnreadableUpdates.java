package movebot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/**
 * Finds the update in a getUpdates answer that telegrambots cannot read, by letting the library
 * read each update on its own. Nothing here reads updates for the bot: the poller still reads
 * every batch itself; this only names the one to step over.
 */
final class UnreadableUpdates {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_REASON = 200;

  private UnreadableUpdates() {}

  /**
   * The first unreadable update.
   *
   * @param updateId its id
   * @param readableIds the ids in front of it in the same answer
   * @param reason what the library said, for the log (no message content)
   */
  record Found(long updateId, List<Long> readableIds, String reason) {
    Found {
      readableIds = List.copyOf(readableIds);
    }

    /** How many of the readable updates in front of it a request from {@code offset} would get. */
    int readableBetween(long offset) {
      return (int) readableIds.stream().filter(id -> id >= offset && id < updateId).count();
    }
  }

  /** Empty when every update reads on its own, or the answer is not a list of updates with ids. */
  static Optional<Found> find(String body) {
    JsonNode updates;
    try {
      updates = JSON.readTree(body).path("result");
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    List<Long> readable = new ArrayList<>();
    for (JsonNode update : updates) {
      long id = update.path("update_id").asLong(-1);
      if (id < 1 || id > Integer.MAX_VALUE) {
        return Optional.empty(); // no id to step over
      }
      try {
        new GetUpdates().deserializeResponse("{\"ok\":true,\"result\":[" + update + "]}");
        readable.add(id);
      } catch (Exception e) {
        return Optional.of(new Found(id, readable, reason(e)));
      }
    }
    return Optional.empty();
  }

  private static String reason(Exception e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
    String reason = cause.getClass().getSimpleName() + ": " + message;
    return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + "…";
  }
}
