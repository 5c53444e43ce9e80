package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import movebot.testing.FakeBotApi;
import movebot.testing.Fault;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which failed calls count as "sent but unanswered", against a real HTTP server. */
class UnansweredRequestsTest {
  static final String TOKEN = "2121:unanswered-test-token";

  final FakeBotApi api = FakeBotApi.start(TOKEN);
  final UnansweredRequests unanswered = new UnansweredRequests();
  final OkHttpClient client =
      new OkHttpClient.Builder()
          .retryOnConnectionFailure(false)
          .readTimeout(Duration.ofMillis(500))
          .eventListener(unanswered)
          .addInterceptor(unanswered)
          .build();

  @AfterEach
  void close() {
    api.close();
  }

  private Response sendMessage(String baseUrl) throws IOException {
    Request request =
        new Request.Builder()
            .url(baseUrl + "/bot" + TOKEN + "/sendMessage")
            .post(RequestBody.create("{\"chat_id\":5,\"text\":\"hi\"}", MediaType.get("application/json")))
            .build();
    return client.newCall(request).execute();
  }

  @Test
  void anAnswerThatComesTooLateIsNoAnswerAndTheServerHadTheMessage() {
    api.failNext("sendMessage", Fault.delay(Duration.ofSeconds(2)), 1);
    assertThrows(UnansweredRequests.NoAnswerException.class, () -> sendMessage(api.baseUrl()));
    assertEquals(200, api.calls("sendMessage").get(0).httpStatus(), "the fake delivered it, then answered late");
  }

  @Test
  void aConnectionClosedWithoutAnAnswerIsAnOrdinaryNetworkError() {
    api.failNext("sendMessage", Fault.dropConnection(), 1);
    IOException e = assertThrows(IOException.class, () -> sendMessage(api.baseUrl()));
    assertFalse(e instanceof UnansweredRequests.NoAnswerException, e.toString());
  }

  @Test
  void aRefusedConnectionIsAnOrdinaryNetworkError() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    IOException e = assertThrows(IOException.class, () -> sendMessage("http://127.0.0.1:" + closedPort));
    assertFalse(e instanceof UnansweredRequests.NoAnswerException, e.toString());
  }

  @Test
  void aTimelyAnswerIsReadInFull() throws Exception {
    try (Response response = sendMessage(api.baseUrl())) {
      assertEquals(200, response.code());
      assertInstanceOf(String.class, response.body().string());
    }
  }
}
