package movebot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Bot API request's parameters the ways Telegram accepts them: the query string, and a
 * body that is JSON, {@code application/x-www-form-urlencoded} or {@code multipart/form-data}.
 * Form and multipart fields become text; a multipart file becomes
 * {@code {"filename","content_type","size"}}.
 */
final class RequestParams {
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
  static ObjectNode parse(String rawQuery, String contentTypeHeader, byte[] body) {
    ObjectNode params = Json.object();
    if (rawQuery != null) {
      putForm(params, rawQuery);
    }
    switch (mediaType(contentTypeHeader)) {
      case "application/json" -> putJson(params, body);
      case "application/x-www-form-urlencoded" -> putForm(params, new String(body, StandardCharsets.UTF_8));
      case "multipart/form-data" -> {
        putMultipart(params, boundary(contentTypeHeader), body);
        resolveAttachments(params);
      }
      default -> { } // Telegram ignores bodies it cannot read; so does the fake.
    }
    return params;
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

  private static String boundary(String contentTypeHeader) {
    for (String part : contentTypeHeader.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        return unquote(p.substring("boundary=".length()));
      }
    }
    throw new IllegalArgumentException("multipart body without a boundary");
  }

  /** RFC 7578: parts separated by CRLF "--" boundary, each with headers, a blank line, content. */
  private static void putMultipart(ObjectNode params, String boundary, byte[] body) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int at = indexOf(body, delimiter, 0);
    if (at < 0) {
      throw new IllegalArgumentException("multipart body without its boundary");
    }
    while (true) {
      int start = at + delimiter.length;
      if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
        return; // closing delimiter
      }
      start = skipCrlf(body, start);
      int next = indexOf(body, delimiter, start);
      if (next < 0) {
        throw new IllegalArgumentException("multipart body not closed");
      }
      int end = next >= 2 && body[next - 2] == '\r' && body[next - 1] == '\n' ? next - 2 : next;
      putPart(params, Arrays.copyOfRange(body, start, end));
      at = next;
    }
  }

  private static void putPart(ObjectNode params, byte[] part) {
    byte[] blankLine = {'\r', '\n', '\r', '\n'};
    int split = indexOf(part, blankLine, 0);
    if (split < 0) {
      throw new IllegalArgumentException("multipart part without headers");
    }
    String headers = new String(part, 0, split, StandardCharsets.UTF_8);
    int contentStart = split + blankLine.length;
    String name = null;
    String filename = null;
    String contentType = "";
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (header.equals("content-disposition")) {
        name = dispositionParam(value, "name");
        filename = dispositionParam(value, "filename");
      } else if (header.equals("content-type")) {
        contentType = value;
      }
    }
    if (name == null) {
      throw new IllegalArgumentException("multipart part without a name");
    }
    if (filename == null) {
      params.put(name, new String(part, contentStart, part.length - contentStart, StandardCharsets.UTF_8));
    } else {
      ObjectNode file = params.putObject(name);
      file.put("filename", filename);
      file.put("content_type", contentType);
      file.put("size", part.length - contentStart);
    }
  }

  /**
   * A field {@code "attach://<name>"} refers to the file part {@code <name>} (telegrambots sends
   * {@code photo=attach://stretch.png} beside a part named {@code stretch.png}): put the file
   * under the field, as if it had been sent there.
   */
  private static void resolveAttachments(ObjectNode params) {
    List<String> names = new ArrayList<>();
    params.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode value = params.get(name);
      if (value.isTextual() && value.textValue().startsWith("attach://")) {
        JsonNode file = params.get(value.textValue().substring("attach://".length()));
        if (file != null && file.isObject()) {
          params.set(name, file);
          params.remove(value.textValue().substring("attach://".length()));
        }
      }
    }
  }

  private static String dispositionParam(String disposition, String param) {
    for (String piece : disposition.split(";")) {
      String p = piece.strip();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase(param)) {
        return unquote(p.substring(eq + 1).strip());
      }
    }
    return null;
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  private static int skipCrlf(byte[] body, int at) {
    return at + 1 < body.length && body[at] == '\r' && body[at + 1] == '\n' ? at + 2 : at;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
