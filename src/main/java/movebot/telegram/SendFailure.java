package movebot.telegram;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** What a failed Bot API call means for the sender. */
record SendFailure(Kind kind, Duration retryAfter, String description) {
  enum Kind {
    /** 429: everyone waits {@code retryAfter}, then the same message is tried again. */
    RATE_LIMITED,
    /** 5xx, connect failures, connections closed before an answer, unreadable answers: retry with bounded backoff. */
    TRANSIENT,
    /**
     * The request was sent but no answer came in time: Telegram may have delivered it, so it is
     * not sent again (a possible miss rather than a possible duplicate).
     */
    NO_ANSWER,
    /** 403, or 400 "chat not found" and friends: stop writing to this chat. */
    CHAT_GONE,
    /** Any other 4xx: this message will never be accepted. */
    REJECTED,
    /** 401: the token is wrong or revoked; nothing will work. */
    UNAUTHORIZED
  }

  private static final Pattern RETRY_AFTER = Pattern.compile("retry after (\\d+)");

  static SendFailure classify(Throwable error) {
    if (error instanceof TelegramApiRequestException api && api.getErrorCode() != null) {
      int code = api.getErrorCode();
      String description = api.getApiResponse() == null ? "" : api.getApiResponse();
      String lower = description.toLowerCase(Locale.ROOT);
      if (code == 429) {
        return new SendFailure(Kind.RATE_LIMITED, retryAfter(api, lower), description);
      }
      if (code == 401) {
        return new SendFailure(Kind.UNAUTHORIZED, Duration.ZERO, description);
      }
      if (code == 403 || code == 400 && isChatGone(lower)) {
        return new SendFailure(Kind.CHAT_GONE, Duration.ZERO, description);
      }
      if (code >= 400 && code < 500) {
        return new SendFailure(Kind.REJECTED, Duration.ZERO, code + " " + description);
      }
      return new SendFailure(Kind.TRANSIENT, Duration.ZERO, code + " " + description);
    }
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnansweredRequests.NoAnswerException) {
        return new SendFailure(Kind.NO_ANSWER, Duration.ZERO, "no answer in time");
      }
    }
    // Network errors and answers that are not Bot API JSON (an HTML 502 page) land here.
    String what = error.getCause() != null ? error.getCause().getClass().getSimpleName() : error.getClass().getSimpleName();
    return new SendFailure(Kind.TRANSIENT, Duration.ZERO, what);
  }

  private static boolean isChatGone(String description) {
    return description.contains("chat not found")
        || description.contains("user is deactivated")
        || description.contains("bot was kicked")
        || description.contains("bot was blocked")
        || description.contains("peer_id_invalid");
  }

  private static Duration retryAfter(TelegramApiRequestException api, String description) {
    if (api.getParameters() != null && api.getParameters().getRetryAfter() != null) {
      return Duration.ofSeconds(Math.max(1, api.getParameters().getRetryAfter()));
    }
    Matcher m = RETRY_AFTER.matcher(description);
    return Duration.ofSeconds(m.find() ? Math.max(1, Long.parseLong(m.group(1))) : 1);
  }
}
