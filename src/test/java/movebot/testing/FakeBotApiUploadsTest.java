package movebot.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** sendPhoto and sendDocument on the fake: uploads as telegrambots 10 encodes them, and raw multipart. */
class FakeBotApiUploadsTest {
  private static final String TOKEN = "123456:fake-test-token";

  private FakeBotApi api;
  private OkHttpTelegramClient client;

  @BeforeEach
  void start() {
    api = FakeBotApi.start(TOKEN);
    client = new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", api.host(), api.port(), false));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aPhotoIsRecordedWithItsExactBytesCaptionAndButtons() throws TelegramApiException {
    byte[] png = TestImages.png(200, 100, 7);
    InlineKeyboardMarkup keyboard = InlineKeyboardMarkup.builder()
        .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text("Next week").callbackData("p:2").build()))
        .build();

    Message sent = client.execute(SendPhoto.builder()
        .chatId(42L)
        .photo(new InputFile(new ByteArrayInputStream(png), "progress.png"))
        .caption("<b>Week 1</b> &amp; 2")
        .parseMode(ParseMode.HTML)
        .replyMarkup(keyboard)
        .build());

    RecordedCall call = api.calls("sendPhoto").get(0);
    assertArrayEquals(png, call.file("photo").bytes());
    assertEquals("progress.png", call.file("photo").fileName());
    assertEquals("application/octet-stream", call.file("photo").contentType());
    assertEquals("<b>Week 1</b> &amp; 2", call.param("caption"));
    assertEquals("html", call.param("parse_mode"));
    assertEquals("p:2", call.json("reply_markup").path("inline_keyboard").path(0).path(0).path("callback_data").asText());
    assertEquals(List.of("photo"), List.copyOf(call.files().keySet()), "the part is filed under the field naming it");

    assertEquals("Week 1 & 2", sent.getCaption());
    PhotoSize largest = sent.getPhoto().get(sent.getPhoto().size() - 1);
    assertEquals(200, largest.getWidth());
    assertEquals(100, largest.getHeight());
    assertEquals(png.length, largest.getFileSize());
    assertEquals(90, sent.getPhoto().get(0).getWidth(), "a thumbnail first, as Telegram sends");
    assertEquals("p:2", sent.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData());
  }

  @Test
  void aDocumentIsRecordedWithItsExactBytesAndNameAndAnsweredWithADocument() throws TelegramApiException {
    byte[] json = "{\"reminders\":[\"07:30\"],\"note\":\"caf\u00e9 \u2603\"}".getBytes(StandardCharsets.UTF_8);

    Message sent = client.execute(SendDocument.builder()
        .chatId(42L)
        .document(new InputFile(new ByteArrayInputStream(json), "movebot-data.json"))
        .caption("Everything stored about you")
        .parseMode(ParseMode.HTML)
        .build());

    RecordedCall call = api.calls("sendDocument").get(0);
    assertArrayEquals(json, call.file("document").bytes());
    assertEquals("movebot-data.json", call.file("document").fileName());
    assertEquals("Everything stored about you", call.param("caption"));
    assertEquals("movebot-data.json", sent.getDocument().getFileName());
    assertEquals("application/json", sent.getDocument().getMimeType());
    assertEquals(json.length, sent.getDocument().getFileSize());
    assertEquals("Everything stored about you", sent.getCaption());
  }

  @Test
  void somethingThatIsNotAPictureIsRefusedAsAPhoto() {
    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(SendPhoto.builder()
            .chatId(42L)
            .photo(new InputFile(new ByteArrayInputStream("not an image".getBytes(StandardCharsets.UTF_8)), "x.png"))
            .build()));

    assertEquals(400, e.getErrorCode());
    assertEquals("Bad Request: IMAGE_PROCESS_FAILED", e.getApiResponse());
  }

  @Test
  void anEmptyFileIsRefused() {
    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(SendDocument.builder()
            .chatId(42L)
            .document(new InputFile(new ByteArrayInputStream(new byte[0]), "empty.json"))
            .build()));

    assertEquals("Bad Request: file must be non-empty", e.getApiResponse());
  }

  @Test
  void aCaptionOver1024CharactersIsRefused() {
    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(SendPhoto.builder()
            .chatId(42L)
            .photo(new InputFile(new ByteArrayInputStream(TestImages.png(2, 2, 1)), "p.png"))
            .caption("<i>" + "x".repeat(1025) + "</i>")
            .parseMode(ParseMode.HTML)
            .build()));

    assertEquals("Bad Request: message caption is too long", e.getApiResponse());
  }

  @Test
  void brokenCaptionHtmlIsRefused() {
    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(SendDocument.builder()
            .chatId(42L)
            .document(new InputFile(new ByteArrayInputStream(new byte[] {1}), "a.bin"))
            .caption("<b>open")
            .parseMode(ParseMode.HTML)
            .build()));

    assertTrue(e.getApiResponse().startsWith("Bad Request: can't parse entities"), e.getApiResponse());
  }

  @Test
  void faultsApplyToUploadsAndTheRefusedCallKeepsItsFile() {
    byte[] png = TestImages.png(3, 3, 3);
    api.failNext("sendPhoto", Fault.tooManyRequests(5), 1);

    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(SendPhoto.builder().chatId(42L).photo(new InputFile(new ByteArrayInputStream(png), "p.png")).build()));

    assertEquals(429, e.getErrorCode());
    assertEquals(5, e.getParameters().getRetryAfter());
    assertArrayEquals(png, api.calls("sendPhoto").get(0).file("photo").bytes());
  }

  @Test
  void failChatReadsTheChatIdFromAMultipartField() {
    api.failChat(9, Fault.forbidden("Forbidden: bot was blocked by the user"));

    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(SendDocument.builder().chatId(9L)
            .document(new InputFile(new ByteArrayInputStream(new byte[] {1}), "a.bin")).build()));

    assertEquals(403, e.getErrorCode());
  }

  @Test
  void rawMultipartWithAPreambleQuotedSemicolonsAndEscapesIsReadExactly() throws Exception {
    byte[] content = new byte[256];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) i; // every byte value, CR and LF and '-' among them
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("preamble to ignore\r\n"
        + "--xyz\r\n"
        + "Content-Disposition: form-data; name=\"chat_id\"\r\n\r\n"
        + "42\r\n"
        + "--xyz\r\n"
        + "Content-Disposition: form-data; name=\"document\"\r\n\r\n"
        + "attach://my;file \"v2\".bin\r\n" // OkHttp escapes quotes in headers only, as here
        + "--xyz\r\n"
        + "Content-Disposition: form-data; name=\"my;file %22v2%22.bin\"; filename=\"my;file %22v2%22.bin\"\r\n"
        + "Content-Type: application/x-test\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes("\r\n--xyz--\r\nepilogue".getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> response = post("sendDocument", "multipart/form-data; boundary=\"xyz\"", body.toByteArray());

    assertEquals(200, response.statusCode(), response.body());
    UploadedFile file = api.calls("sendDocument").get(0).file("document");
    assertEquals("my;file \"v2\".bin", file.fileName());
    assertEquals("application/x-test", file.contentType());
    assertArrayEquals(content, file.bytes());
  }

  @Test
  void anAttachReferenceToAMissingPartMeansNoFile() throws Exception {
    String body = "--b\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n42\r\n"
        + "--b\r\nContent-Disposition: form-data; name=\"photo\"\r\n\r\nattach://gone.png\r\n--b--\r\n";

    HttpResponse<String> response = post("sendPhoto", "multipart/form-data; boundary=b", body.getBytes(StandardCharsets.UTF_8));

    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("there is no photo in the request"), response.body());
    assertNull(api.calls("sendPhoto").get(0).file("photo"));
  }

  @Test
  void aMultipartBodyThatIsNeverClosedIsABadRequest() throws Exception {
    String body = "--b\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n42\r\n";

    HttpResponse<String> response = post("sendDocument", "multipart/form-data; boundary=b", body.getBytes(StandardCharsets.UTF_8));

    assertEquals(400, response.statusCode());
  }

  private HttpResponse<String> post(String method, String contentType, byte[] body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/bot" + TOKEN + "/" + method))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
