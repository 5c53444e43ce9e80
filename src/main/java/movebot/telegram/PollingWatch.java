package movebot.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Watches the answers to {@code getUpdates}. telegrambots' poller turns every failure into a
 * growing backoff (up to 15 minutes) and ignores {@code retry_after}; this interceptor sees
 * the status first: 401 and 409 mean polling can never succeed, so the bot stops with a clear
 * reason instead of fighting; 429 records how long Telegram asked us to wait. It also keeps the
 * last batch of updates, so that when the library fails to read one, {@link PollingBackOff}
 * can find out which update it choked on.
 */
final class PollingWatch implements Interceptor {
  private static final Pattern RETRY_AFTER = Pattern.compile("\"retry_after\"\\s*:\\s*(\\d+)");
  /** Far above 100 updates of 4,096 characters each; a longer answer is not kept. */
  private static final long MAX_BATCH_BYTES = 32L << 20;

  private final Consumer<String> onFatal;
  private final AtomicLong retryAfterMillis = new AtomicLong();
  private volatile byte[] lastBatch;

  PollingWatch(Consumer<String> onFatal) {
    this.onFatal = onFatal;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String method = chain.request().url().pathSegments().get(chain.request().url().pathSize() - 1);
    if (!method.equalsIgnoreCase("getUpdates")) { // telegrambots sends "getupdates"
      return response;
    }
    lastBatch = null;
    switch (response.code()) {
      case 200 -> {
        ResponseBody body = response.peekBody(MAX_BATCH_BYTES);
        lastBatch = body.contentLength() < MAX_BATCH_BYTES ? body.bytes() : null;
      }
      case 401 -> onFatal.accept("Telegram refused the bot token (401 Unauthorized). Check TELEGRAM_BOT_TOKEN.");
      case 409 -> onFatal.accept(
          "Another process is polling this bot, or a webhook is set (409 Conflict)."
              + " Stop the other instance or delete the webhook, then start movebot again.");
      case 429 -> {
        Matcher m = RETRY_AFTER.matcher(response.peekBody(4096).string());
        retryAfterMillis.set(m.find() ? Long.parseLong(m.group(1)) * 1000 : 1000);
      }
      default -> {}
    }
    return response;
  }

  /** The last getUpdates answer if it came with 200 OK, once; null otherwise. */
  String takeLastBatch() {
    byte[] batch = lastBatch;
    lastBatch = null;
    return batch == null ? null : new String(batch, StandardCharsets.UTF_8);
  }

  /** How long the last 429 asked to wait, once; zero when none is pending. */
  long takeRetryAfterMillis() {
    return retryAfterMillis.getAndSet(0);
  }
}
