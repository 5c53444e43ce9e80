package movebot.testing;

import java.time.Duration;
import java.util.Objects;

/**
 * Something that goes wrong with one Bot API call, as the fake plays it.
 *
 * <p>Three shapes: the fake answers with an error ({@link Answer}), answers normally after a
 * pause ({@link Delay}), or reads the request and closes the connection without answering
 * ({@link Drop}). Build them with the factories; the bodies copy what Telegram (or the nginx in
 * front of it) really sends.
 */
public sealed interface Fault {

  /** HTTP 429 with {@code parameters.retry_after}, as Telegram sends when flood control kicks in. */
  static Fault tooManyRequests(int retryAfterSeconds) {
    if (retryAfterSeconds < 0) {
      throw new IllegalArgumentException("retryAfterSeconds must be >= 0: " + retryAfterSeconds);
    }
    String body = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
        + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}";
    return new Answer(429, Answer.JSON, body);
  }

  /** HTTP 403, e.g. {@code "Forbidden: bot was blocked by the user"}. */
  static Fault forbidden(String description) {
    return Answer.error(403, description);
  }

  /** HTTP 400, e.g. {@code "Bad Request: chat not found"}. */
  static Fault badRequest(String description) {
    return Answer.error(400, description);
  }

  /** A 5xx (or any) status with a Bot API JSON body. */
  static Fault serverError(int status) {
    return Answer.error(status, HttpStatus.reason(status));
  }

  /** A status with an HTML body, like the page nginx serves when the Bot API behind it is down. */
  static Fault htmlError(int status) {
    String title = status + " " + HttpStatus.reason(status);
    String body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>"
        + title + "</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n";
    return new Answer(status, "text/html", body);
  }

  /** HTTP 401, what Telegram answers to a wrong or revoked token. */
  static Fault unauthorized() {
    return Answer.error(401, "Unauthorized");
  }

  /** HTTP 409, what a getUpdates gets when another getUpdates for the same bot replaces it. */
  static Fault conflict() {
    return Answer.error(409,
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
  }

  /** Waits, then answers normally. */
  static Fault delay(Duration duration) {
    return new Delay(duration);
  }

  /** Reads the request, then closes the connection without sending a byte of response. */
  static Fault dropConnection() {
    return new Drop();
  }

  /** The fake answers with this status, content type and body instead of running the method. */
  record Answer(int status, String contentType, String body) implements Fault {
    static final String JSON = "application/json";

    public Answer {
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(body, "body");
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("not an HTTP status: " + status);
      }
    }

    static Answer error(int status, String description) {
      return new Answer(status, JSON, Json.error(status, description));
    }
  }

  /** The fake waits this long, then answers normally. */
  record Delay(Duration duration) implements Fault {
    public Delay {
      if (duration.isNegative()) {
        throw new IllegalArgumentException("negative delay: " + duration);
      }
    }
  }

  /** The fake closes the connection without answering. */
  record Drop() implements Fault {}
}
