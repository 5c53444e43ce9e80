package movebot.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Bot API server to talk to. telegrambots keeps only scheme, host and port, so a URL
 * with a path cannot be honoured and is refused rather than silently cut.
 */
final class ApiEndpoint {
  private ApiEndpoint() {}

  static TelegramUrl parse(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Bot API URL '" + url + "' is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("Bot API URL '" + url + "' must start with http:// or https://");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("Bot API URL '" + url + "' has no host");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null || uri.getUserInfo() != null) {
      throw new IllegalArgumentException(
          "Bot API URL '" + url + "' may hold only scheme, host and port (no path, query or user)");
    }
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return new TelegramUrl(scheme, uri.getHost(), port, false);
  }
}
