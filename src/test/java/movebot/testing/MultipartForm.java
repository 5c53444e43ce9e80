package movebot.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code multipart/form-data} body (RFC 7578) read into its text fields and its files, by part
 * name. What telegrambots 10 (through OkHttp) sends for an upload looks like this:
 *
 * <pre>
 * --BOUNDARY\r\n
 * Content-Disposition: form-data; name="chart.png"; filename="chart.png"\r\n
 * Content-Type: application/octet-stream\r\n
 * Content-Length: 7\r\n
 * \r\n
 * (the file's bytes)\r\n
 * --BOUNDARY\r\n
 * Content-Disposition: form-data; name="photo"\r\n
 * Content-Length: 19\r\n
 * \r\n
 * attach://chart.png\r\n
 * ... chat_id, caption, parse_mode, reply_markup (JSON text), caption_entities ...
 * --BOUNDARY--\r\n
 * </pre>
 *
 * <p>Parameters in the Content-Disposition header are read as quoted strings, so a {@code ;}
 * inside a file name is part of the name. Names are decoded the way browsers and OkHttp encode
 * them ({@code %22} for {@code "}, {@code %0D} and {@code %0A} for CR and LF, raw UTF-8 for the
 * rest), and a backslash escape from RFC 2616 quoted strings is honoured too.
 */
final class MultipartForm {
  final Map<String, String> fields = new LinkedHashMap<>();
  final Map<String, UploadedFile> files = new LinkedHashMap<>();

  private MultipartForm() {}

  /** @throws IllegalArgumentException when the body is not the multipart its header says */
  static MultipartForm parse(String contentTypeHeader, byte[] body) {
    MultipartForm form = new MultipartForm();
    byte[] dashBoundary = ("--" + boundary(contentTypeHeader)).getBytes(StandardCharsets.ISO_8859_1);
    byte[] delimiter = concat(new byte[] {'\r', '\n'}, dashBoundary);
    // The first boundary may open the body, or follow a preamble and CRLF; later ones follow a CRLF.
    int at = 0;
    if (!startsWith(body, dashBoundary, 0)) {
      int first = indexOf(body, delimiter, 0);
      if (first < 0) {
        throw new IllegalArgumentException("multipart body without its boundary");
      }
      at = first + 2;
    }
    while (true) {
      int afterBoundary = at + dashBoundary.length;
      if (startsWith(body, new byte[] {'-', '-'}, afterBoundary)) {
        return form; // the closing delimiter; anything after it is an epilogue
      }
      int partStart = lineEnd(body, afterBoundary); // transport padding, then CRLF
      int next = indexOf(body, delimiter, partStart);
      if (partStart < 0 || next < 0) {
        throw new IllegalArgumentException("multipart body not closed");
      }
      form.add(Arrays.copyOfRange(body, partStart, next));
      at = next + 2;
    }
  }

  private void add(byte[] part) {
    int split = indexOf(part, new byte[] {'\r', '\n', '\r', '\n'}, 0);
    int headersEnd = split;
    int contentStart = split + 4;
    if (startsWith(part, new byte[] {'\r', '\n'}, 0)) {
      headersEnd = 0; // no headers at all
      contentStart = 2;
    } else if (split < 0) {
      throw new IllegalArgumentException("multipart part without headers");
    }
    String name = null;
    String fileName = null;
    String contentType = "";
    for (String line : new String(part, 0, headersEnd, StandardCharsets.UTF_8).split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (header.equals("content-disposition")) {
        Map<String, String> params = headerParams(value);
        name = params.get("name");
        fileName = params.get("filename");
      } else if (header.equals("content-type")) {
        contentType = value;
      }
    }
    if (name == null) {
      throw new IllegalArgumentException("multipart part without a name");
    }
    byte[] content = Arrays.copyOfRange(part, contentStart, part.length);
    if (fileName == null) {
      fields.put(name, new String(content, StandardCharsets.UTF_8));
    } else {
      files.put(name, new UploadedFile(fileName, contentType, content));
    }
  }

  private static String boundary(String contentTypeHeader) {
    String boundary = headerParams(contentTypeHeader).get("boundary");
    if (boundary == null || boundary.isEmpty()) {
      throw new IllegalArgumentException("multipart body without a boundary");
    }
    return boundary;
  }

  /** {@code type; a=b; c="d;e"} → {a=b, c=d;e}, names lower case, quoted values unquoted and decoded. */
  static Map<String, String> headerParams(String header) {
    Map<String, String> params = new LinkedHashMap<>();
    int i = header.indexOf(';');
    while (i >= 0 && i < header.length()) {
      int eq = header.indexOf('=', i + 1);
      if (eq < 0) {
        break;
      }
      String name = header.substring(i + 1, eq).strip().toLowerCase(Locale.ROOT);
      StringBuilder value = new StringBuilder();
      int j = eq + 1;
      while (j < header.length() && header.charAt(j) == ' ') {
        j++;
      }
      if (j < header.length() && header.charAt(j) == '"') {
        for (j++; j < header.length() && header.charAt(j) != '"'; j++) {
          if (header.charAt(j) == '\\' && j + 1 < header.length()) {
            j++;
          }
          value.append(header.charAt(j));
        }
        params.putIfAbsent(name, decodeFormName(value.toString()));
        i = header.indexOf(';', j);
      } else {
        int end = header.indexOf(';', j);
        params.putIfAbsent(name, header.substring(j, end < 0 ? header.length() : end).strip());
        i = end;
      }
    }
    return params;
  }

  /** Undoes the HTML form encoding of names and file names: only these three are escaped. */
  private static String decodeFormName(String name) {
    return name.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
  }

  /** The index just past the CRLF ending the line that starts at {@code from}; -1 if none. */
  private static int lineEnd(byte[] body, int from) {
    int crlf = indexOf(body, new byte[] {'\r', '\n'}, from);
    return crlf < 0 ? -1 : crlf + 2;
  }

  private static boolean startsWith(byte[] body, byte[] prefix, int at) {
    if (at < 0 || at + prefix.length > body.length) {
      return false;
    }
    return Arrays.equals(body, at, at + prefix.length, prefix, 0, prefix.length);
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
      if (haystack[i] == needle[0] && startsWith(haystack, needle, i)) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
