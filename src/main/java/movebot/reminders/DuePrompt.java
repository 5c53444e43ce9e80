package movebot.reminders;

import java.time.Instant;
import java.util.Objects;

/**
 * A prompt claimed for sending.
 *
 * @param deliveryId the claim's row; buttons on the prompt refer to it
 * @param snoozed true for the repeat of a snoozed prompt
 */
public record DuePrompt(long deliveryId, long userId, long chatId, String promptId, Instant fireAt, boolean snoozed) {
  public DuePrompt {
    Objects.requireNonNull(promptId, "promptId");
    Objects.requireNonNull(fireAt, "fireAt");
  }

  /** A daily prompt, or the programme this time belongs to. */
  public Kind kind() {
    return Kind.ofPromptId(promptId).orElse(Kind.PROMPT);
  }
}
