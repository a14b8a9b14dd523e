package dev.offsync.server.internal.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a tokens file: a JSON object of bearer token to user id, {@code {"secret-token": "alice"}}. */
final class TokensFile {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private TokensFile() {}

  /**
   * The user id of each token.
   *
   * @throws IllegalArgumentException for a bad file; the message never quotes a token
   */
  static Map<String, String> read(Path file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Tokens file " + file + " is not valid JSON (line "
          + e.getLocation().getLineNr() + ")", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("Tokens file " + file + " cannot be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject() || root.isEmpty()) {
      throw new IllegalArgumentException("Tokens file " + file + ": expected a non-empty JSON object of token to"
          + " user id, {\"secret-token\": \"alice\"}");
    }
    Map<String, String> users = new LinkedHashMap<>();
    int index = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      index++;
      if (entry.getKey().isBlank() || !entry.getValue().isTextual() || entry.getValue().asText().isBlank()) {
        throw new IllegalArgumentException("Tokens file " + file + ", entry #" + index
            + ": the token and the user id must be non-empty strings");
      }
      users.put(entry.getKey(), entry.getValue().asText());
    }
    return users;
  }
}
