package movebot.reminders;

import java.util.Optional;

/**
 * What a scheduled time is for. Daily prompts pick a prompt from the rotation when claimed;
 * programme times carry their kind as the prompt id, and the programme decides the content
 * when it is sent (today's walking target, today's drill, this week's summary).
 */
public enum Kind {
  PROMPT,
  WALK,
  SITLESS,
  DRILL,
  SUMMARY;

  private static final String PROGRAMME = "programme:";

  /** As stored in subscriptions.kind. */
  public String column() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static Kind ofColumn(String value) {
    return valueOf(value.toUpperCase(java.util.Locale.ROOT));
  }

  /** The prompt id a claimed programme time is stored with. */
  String promptId() {
    if (this == PROMPT) {
      throw new IllegalStateException("daily prompts pick a prompt from the rotation");
    }
    return PROGRAMME + column();
  }

  /** The programme a claimed prompt id belongs to, or empty for a daily prompt. */
  public static Optional<Kind> ofPromptId(String promptId) {
    if (!promptId.startsWith(PROGRAMME)) {
      return Optional.empty();
    }
    try {
      return Optional.of(ofColumn(promptId.substring(PROGRAMME.length())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
