package movebot.faq;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a knowledge file as a JSON tree, turning every way it can fail into a problem. */
final class JsonFiles {
  // Duplicate keys are an error: with the default "last one wins", a curator editing the first
  // copy of a key would see no effect and no complaint.
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonFiles() {}

  /** The top-level object, or empty after reporting why there is none. */
  static Optional<JsonNode> readObject(Path file, Problems problems) {
    String text;
    try {
      text = TextFiles.read(file);
    } catch (NoSuchFileException e) {
      problems.error(file, "file", "not found");
      return Optional.empty();
    } catch (IOException e) {
      problems.error(file, "file", "cannot be read: " + e.getMessage());
      return Optional.empty();
    }
    try {
      JsonNode root = MAPPER.readTree(text);
      if (root == null || !root.isObject()) {
        problems.error(file, "file", "must hold one JSON object {...}");
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (JsonProcessingException e) {
      problems.error(file, at(e.getLocation()), "not valid JSON: " + e.getOriginalMessage());
      return Optional.empty();
    }
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "file";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
