package movebot.chat;

import java.util.List;
import java.util.function.Consumer;

/**
 * Everything the bot sends goes through one of these: the Telegram adapter paces and retries,
 * the console prints. Implementations never block the caller.
 */
public interface Outbound {
  /** Replies to a person who is waiting go ahead of queued prompts. */
  enum Lane {
    REPLY,
    PROMPT
  }

  /** How a send ended. */
  enum Outcome {
    DELIVERED,
    /** Refused for good (bad request) or still failing after bounded retries. */
    FAILED,
    /** The person blocked the bot, deleted their account, or the chat no longer exists. */
    CHAT_GONE,
    /** Not attempted because the bot is shutting down. */
    ABANDONED
  }

  void send(Reply reply, Lane lane, Consumer<Outcome> whenDone);

  default void reply(List<Reply> replies) {
    for (Reply reply : replies) {
      send(reply, Lane.REPLY, outcome -> {});
    }
  }
}
