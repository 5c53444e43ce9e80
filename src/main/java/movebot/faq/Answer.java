package movebot.faq;

import java.util.List;
import java.util.Optional;

/**
 * What the answer engine makes of one message.
 *
 * <ul>
 *   <li>{@code ANSWER}: {@code entry} is the answer; {@code suggestions} are related entries.
 *   <li>{@code NO_MATCH}: no entry was close enough; {@code suggestions} are up to three entries
 *       that were somewhat close, or none when nothing was.
 *   <li>{@code SAFETY}: the message describes a red flag; search was not consulted.
 * </ul>
 *
 * {@code score} is the confidence in the best entry, from 0 (nothing matched) to 1 (the question
 * is as close to the entry as it could be); it is 0 for {@code SAFETY}.
 */
public record Answer(
    Kind kind,
    Optional<FaqEntry> entry,
    double score,
    List<FaqEntry> suggestions,
    Optional<RedFlag> redFlag) {

  /** Most suggestions any answer carries; the chat shows one button per suggestion. */
  public static final int MAX_SUGGESTIONS = 3;

  /** The three outcomes; {@link #jsonName()} is how {@code ask --json} prints them. */
  public enum Kind {
    ANSWER,
    NO_MATCH,
    SAFETY;

    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Answer {
    if (kind == null || entry == null || suggestions == null || redFlag == null) {
      throw new IllegalArgumentException("answer parts must not be null");
    }
    if (entry.isPresent() != (kind == Kind.ANSWER)) {
      throw new IllegalArgumentException("an entry comes with, and only with, kind ANSWER");
    }
    if (redFlag.isPresent() != (kind == Kind.SAFETY)) {
      throw new IllegalArgumentException("a red flag comes with, and only with, kind SAFETY");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be within [0, 1], was " + score);
    }
    suggestions = List.copyOf(suggestions);
    if (suggestions.size() > MAX_SUGGESTIONS) {
      throw new IllegalArgumentException("at most " + MAX_SUGGESTIONS + " suggestions");
    }
    if (entry.isPresent() && suggestions.contains(entry.get())) {
      throw new IllegalArgumentException("an answer does not suggest itself");
    }
  }

  static Answer answer(FaqEntry entry, double score, List<FaqEntry> related) {
    return new Answer(Kind.ANSWER, Optional.of(entry), score, related, Optional.empty());
  }

  static Answer noMatch(double score, List<FaqEntry> close) {
    return new Answer(Kind.NO_MATCH, Optional.empty(), score, close, Optional.empty());
  }

  static Answer safety(RedFlag flag) {
    return new Answer(Kind.SAFETY, Optional.empty(), 0, List.of(), Optional.of(flag));
  }
}
