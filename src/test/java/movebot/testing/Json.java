package movebot.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The fake's one ObjectMapper and the two Bot API response envelopes. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** {@code {"ok":true,"result":...}} */
  static String ok(JsonNode result) {
    ObjectNode envelope = object();
    envelope.put("ok", true);
    envelope.set("result", result);
    return envelope.toString();
  }

  /** {@code {"ok":false,"error_code":...,"description":...}} */
  static String error(int status, String description) {
    ObjectNode envelope = object();
    envelope.put("ok", false);
    envelope.put("error_code", status);
    envelope.put("description", description);
    return envelope.toString();
  }

  static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * A field as JSON. Form and multipart requests carry objects such as {@code reply_markup} as
   * JSON text, so text that parses as an object or array is parsed; anything else is returned as is.
   */
  static JsonNode structured(JsonNode field) {
    if (field != null && field.isTextual()) {
      String text = field.textValue().strip();
      if (text.startsWith("{") || text.startsWith("[")) {
        try {
          return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
          return field;
        }
      }
    }
    return field;
  }
}
