package movebot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One request the fake received, recorded when it arrived.
 *
 * @param seq order of arrival, from 1
 * @param method the Bot API method as named in the path (canonical spelling when known)
 * @param params every parameter, whatever the encoding: JSON bodies as sent; form and multipart
 *     fields as text; a multipart file as {@code {"filename","content_type","size"}}
 * @param at when it arrived
 * @param httpStatus the status the fake answered (or will answer, for a pending long poll or a
 *     delayed call); 0 when the connection was dropped without an answer
 * @param contentType the request's Content-Type without parameters, e.g. {@code application/json},
 *     {@code multipart/form-data}; empty when there was none
 * @param files the files a multipart request uploaded, by the parameter that refers to them
 *     ({@code photo}, {@code document}), or by part name when no parameter does
 */
public record RecordedCall(
    long seq,
    String method,
    JsonNode params,
    Instant at,
    int httpStatus,
    String contentType,
    Map<String, UploadedFile> files) {

  public RecordedCall {
    files = Map.copyOf(files);
  }

  /** A parameter as text ({@code null} when absent); non-text values as their JSON. */
  public String param(String name) {
    JsonNode value = params.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  /** A parameter as JSON, parsing it when a form or multipart request sent it as JSON text. */
  public JsonNode json(String name) {
    return Json.structured(params.path(name));
  }

  /** The callback data of the inline keyboard's buttons, row after row; empty when there is none. */
  public List<String> buttonData() {
    List<String> data = new ArrayList<>();
    for (JsonNode row : json("reply_markup").path("inline_keyboard")) {
      row.forEach(button -> data.add(button.path("callback_data").asText()));
    }
    return data;
  }

  /** The file uploaded for parameter {@code name} ({@code null} when none was). */
  public UploadedFile file(String name) {
    return files.get(name);
  }

  /** {@code chat_id} as a number (0 when absent or a {@code @username}). */
  public long chatId() {
    return params.path("chat_id").asLong();
  }

  public boolean succeeded() {
    return httpStatus == 200;
  }

  @Override
  public String toString() {
    return "#" + seq + " " + method + " " + params + " -> " + (httpStatus == 0 ? "dropped" : httpStatus);
  }
}
