package dev.offsync.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.errors.ServiceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Optional;

/**
 * The first item of a list page as the JSON text the service sent, every property kept, for a lookup that
 * needs the service's copy as it is (a query by id returns at most one item).
 */
final class FirstItem {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private FirstItem() {}

  /**
   * The first item's text, or empty when the page has none.
   *
   * @param itemsField the name of the items array when the page is an object
   * @throws ServiceException if the answer is not a list page
   */
  static Optional<String> of(TransportResponse response, String itemsField) throws IOException {
    try (InputStream in = response.body(); JsonParser parser = JSON.createParser(in)) {
      if (!toItems(parser, itemsField)) {
        throw new ServiceException(response.status(), "The service's answer is not a list page");
      }
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY) {
        return Optional.empty();
      }
      if (token != JsonToken.START_OBJECT) {
        throw new ServiceException(response.status(), "An item of the service's list page is not a JSON object");
      }
      StringWriter text = new StringWriter();
      try (JsonGenerator out = JSON.createGenerator(text)) {
        out.copyCurrentStructure(parser);
      }
      return Optional.of(text.toString());
    }
  }

  /** Moves to the start of the items array: the page itself, or the object's items field. */
  private static boolean toItems(JsonParser parser, String itemsField) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == JsonToken.START_ARRAY) {
      return true;
    }
    if (first != JsonToken.START_OBJECT) {
      return false;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals(itemsField)) {
        return value == JsonToken.START_ARRAY;
      }
      parser.skipChildren();
    }
    return false;
  }
}
