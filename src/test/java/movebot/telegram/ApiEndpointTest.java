package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class ApiEndpointTest {

  @Test
  void officialDefaultIsHttpsOn443() {
    TelegramUrl url = ApiEndpoint.parse("https://api.telegram.org");
    assertEquals("https", url.getSchema());
    assertEquals("api.telegram.org", url.getHost());
    assertEquals(443, url.getPort());
  }

  @Test
  void localServerKeepsItsPort() {
    TelegramUrl url = ApiEndpoint.parse("http://127.0.0.1:8081/");
    assertEquals("http", url.getSchema());
    assertEquals(8081, url.getPort());
  }

  @Test
  void pathsQueriesAndOtherSchemesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ApiEndpoint.parse("http://127.0.0.1:8081/custom"));
    assertThrows(IllegalArgumentException.class, () -> ApiEndpoint.parse("http://127.0.0.1?x=1"));
    assertThrows(IllegalArgumentException.class, () -> ApiEndpoint.parse("ftp://127.0.0.1"));
    assertThrows(IllegalArgumentException.class, () -> ApiEndpoint.parse("not a url"));
  }
}
