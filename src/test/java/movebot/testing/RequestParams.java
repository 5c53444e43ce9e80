package movebot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Bot API request's parameters the ways Telegram accepts them: the query string, and a
 * body that is JSON, {@code application/x-www-form-urlencoded} or {@code multipart/form-data}.
 * Form and multipart fields become text; a multipart file becomes
 * {@code {"filename","content_type","size"}} in the parameters, and its bytes are kept beside them.
 */
final class RequestParams {
  /** The parameters, and the uploaded files by the parameter that names them. */
  record Parsed(ObjectNode params, Map<String, UploadedFile> files) {
    Parsed {
      files = Map.copyOf(files);
    }
  }

  private RequestParams() {}

  /** The media type without parameters, lower case; "" when absent. */
  static String mediaType(String contentTypeHeader) {
    if (contentTypeHeader == null) {
      return "";
    }
    int semicolon = contentTypeHeader.indexOf(';');
    String type = semicolon < 0 ? contentTypeHeader : contentTypeHeader.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException when the body cannot be read as its content type says */
  static Parsed parse(String rawQuery, String contentTypeHeader, byte[] body) {
    ObjectNode params = Json.object();
    Map<String, UploadedFile> files = new LinkedHashMap<>();
    if (rawQuery != null) {
      putForm(params, rawQuery);
    }
    switch (mediaType(contentTypeHeader)) {
      case "application/json" -> putJson(params, body);
      case "application/x-www-form-urlencoded" -> putForm(params, new String(body, StandardCharsets.UTF_8));
      case "multipart/form-data" -> {
        MultipartForm form = MultipartForm.parse(contentTypeHeader, body);
        form.fields.forEach(params::put);
        files.putAll(form.files);
        resolveAttachments(params, files);
        files.forEach((name, file) -> params.set(name, summary(file)));
      }
      default -> { } // Telegram ignores bodies it cannot read; so does the fake.
    }
    return new Parsed(params, files);
  }

  private static void putJson(ObjectNode params, byte[] body) {
    if (body.length == 0) {
      return;
    }
    JsonNode json = Json.parse(new String(body, StandardCharsets.UTF_8));
    if (!json.isObject()) {
      throw new IllegalArgumentException("JSON body is not an object");
    }
    params.setAll((ObjectNode) json);
  }

  private static void putForm(ObjectNode params, String form) {
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
  }

  /**
   * A field {@code "attach://<name>"} refers to the file part {@code <name>} (telegrambots sends
   * {@code photo=attach://stretch.png} beside a part named {@code stretch.png}): file it under
   * the field, as if it had been sent there. A reference to no part stays text, as Telegram
   * then reads it as a file id or URL and refuses it.
   */
  private static void resolveAttachments(ObjectNode params, Map<String, UploadedFile> files) {
    List<String> names = new ArrayList<>();
    params.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode value = params.get(name);
      if (value.isTextual() && value.textValue().startsWith("attach://")) {
        String part = value.textValue().substring("attach://".length());
        UploadedFile file = files.remove(part);
        if (file != null) {
          files.put(name, file);
        }
      }
    }
  }

  private static ObjectNode summary(UploadedFile file) {
    ObjectNode summary = Json.object();
    summary.put("filename", file.fileName());
    summary.put("content_type", file.contentType());
    summary.put("size", file.size());
    return summary;
  }
}
