package movebot.reminders;

import java.util.function.Consumer;

/**
 * Where due prompts go: the conversation core renders them and hands them to the Telegram
 * adapter or the console. Defined here so that reminders depend on nothing above them.
 */
public interface PromptOutlet {
  /** How a prompt's send ended. */
  enum Result {
    DELIVERED,
    FAILED,
    CHAT_GONE,
    /** Not sent because the bot is stopping; the claim is released for the next start. */
    ABANDONED
  }

  /** Sends without blocking; calls {@code whenDone} exactly once. */
  void deliver(DuePrompt prompt, Consumer<Result> whenDone);
}
