package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class SendFailureTest {

  private static TelegramApiRequestException api(int code, String description, Integer retryAfter) {
    ApiResponse<Object> response =
        ApiResponse.builder()
            .ok(false)
            .errorCode(code)
            .errorDescription(description)
            .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter))
            .build();
    return new TelegramApiRequestException("Error sending", response);
  }

  @Test
  void tooManyRequestsCarriesRetryAfter() {
    SendFailure failure = SendFailure.classify(api(429, "Too Many Requests: retry after 7", 7));
    assertEquals(SendFailure.Kind.RATE_LIMITED, failure.kind());
    assertEquals(Duration.ofSeconds(7), failure.retryAfter());
  }

  @Test
  void retryAfterIsReadFromTheDescriptionWhenParametersAreMissing() {
    assertEquals(Duration.ofSeconds(3), SendFailure.classify(api(429, "Too Many Requests: retry after 3", null)).retryAfter());
  }

  @Test
  void blockedDeactivatedAndMissingChatsAreGone() {
    assertEquals(SendFailure.Kind.CHAT_GONE, SendFailure.classify(api(403, "Forbidden: bot was blocked by the user", null)).kind());
    assertEquals(SendFailure.Kind.CHAT_GONE, SendFailure.classify(api(403, "Forbidden: user is deactivated", null)).kind());
    assertEquals(SendFailure.Kind.CHAT_GONE, SendFailure.classify(api(400, "Bad Request: chat not found", null)).kind());
  }

  @Test
  void otherBadRequestsAreRejectedNotRetried() {
    assertEquals(SendFailure.Kind.REJECTED, SendFailure.classify(api(400, "Bad Request: message is not modified", null)).kind());
  }

  @Test
  void serverErrorsAndNetworkFailuresAreTransient() {
    assertEquals(SendFailure.Kind.TRANSIENT, SendFailure.classify(api(502, "Bad Gateway", null)).kind());
    assertEquals(SendFailure.Kind.TRANSIENT, SendFailure.classify(new TelegramApiException("x", new IOException("reset"))).kind());
  }

  @Test
  void unauthorizedIsItsOwnKind() {
    assertEquals(SendFailure.Kind.UNAUTHORIZED, SendFailure.classify(api(401, "Unauthorized", null)).kind());
  }

  @Test
  void aSentRequestWithoutAnAnswerIsNoAnswerAndAConnectTimeoutIsTransient() {
    TelegramApiException unanswered =
        new TelegramApiException("Unable to execute sendmessage method",
            new UnansweredRequests.NoAnswerException(new SocketTimeoutException("timeout")));
    assertEquals(SendFailure.Kind.NO_ANSWER, SendFailure.classify(unanswered).kind());
    TelegramApiException notConnected =
        new TelegramApiException("Unable to execute sendmessage method", new SocketTimeoutException("connect timed out"));
    assertEquals(SendFailure.Kind.TRANSIENT, SendFailure.classify(notConnected).kind());
  }
}
