package movebot.telegram;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Tells a request Telegram never answered apart from one that never reached it.
 *
 * <p>A read timeout after the whole request was written is ambiguous: Telegram may have
 * delivered the message and only the answer is missing. Such a failure is rethrown as
 * {@link NoAnswerException}, which the sender does not retry (a possible miss rather than a
 * possible duplicate). A timeout while connecting or writing, a refused connection and a
 * connection closed before any answer stay plain {@link IOException}s and are retried.
 *
 * <p>Installed on the send client both as its event listener (to see when a request has been
 * written) and as an application interceptor (to see how the call ended). The answer body is
 * read inside the interceptor, so a timeout halfway through the answer counts too.
 */
final class UnansweredRequests extends EventListener implements Interceptor {
  private final Set<Call> written = ConcurrentHashMap.newKeySet();

  /** A request was written in full but no complete answer came within the read timeout. */
  static final class NoAnswerException extends IOException {
    private static final long serialVersionUID = 1L;

    NoAnswerException(SocketTimeoutException cause) {
      super("no answer in time after the request was sent", cause);
    }
  }

  @Override
  public void requestHeadersEnd(Call call, Request request) {
    if (request.body() == null) {
      written.add(call);
    }
  }

  @Override
  public void requestBodyEnd(Call call, long byteCount) {
    written.add(call);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Call call = chain.call();
    try {
      Response response = chain.proceed(chain.request());
      ResponseBody body = response.body();
      if (body == null) {
        return response;
      }
      // Bot API answers are small: read the whole answer here, where a timeout is recognised.
      byte[] bytes = body.bytes();
      return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
    } catch (SocketTimeoutException e) {
      if (written.contains(call)) {
        throw new NoAnswerException(e);
      }
      throw e;
    } finally {
      written.remove(call);
    }
  }
}
