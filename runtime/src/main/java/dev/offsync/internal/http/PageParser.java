package dev.offsync.internal.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.errors.OffsyncException;
import dev.offsync.errors.ServiceException;
import dev.offsync.internal.queue.Ids;
import dev.offsync.internal.store.PresentFields;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import java.io.IOException;
import java.util.List;

/**
 * Streams a list page: {@code {"items":[…],"count":N,"nextLink":"…"}} in any field order (unknown fields
 * skipped; the items array is {@code results} in protocol v2), or a bare array of items. Each item goes to the
 * sink as soon as it is read.
 */
final class PageParser {

  /**
   * What a page said besides its items.
   *
   * @param items how many items it held
   * @param count the service's total count, or -1 when absent
   * @param nextLink the {@code nextLink} text as sent, or null
   */
  record Parsed(int items, long count, String nextLink) {}

  private PageParser() {}

  static <T> Parsed parse(String what, TableDefinition<T> table, JsonParser parser, PageSink<T> sink,
      String itemsField) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == JsonToken.START_ARRAY) {
      int items = items(what, table, parser, sink);
      requireEnd(what, parser);
      return new Parsed(items, -1, null);
    }
    if (first != JsonToken.START_OBJECT) {
      throw new ServiceException(200, what + ": the answer is not a Datasync page (expected a JSON object)");
    }
    int items = 0;
    long count = -1;
    String nextLink = null;
    boolean sawItems = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals(itemsField)) {
        if (value != JsonToken.START_ARRAY) {
          throw new ServiceException(200, what + ": '" + itemsField + "' is not an array");
        }
        sawItems = true;
        items = items(what, table, parser, sink);
      } else if (name.equals("count")) {
        count = count(what, parser, value);
      } else if (name.equals("nextLink")) {
        nextLink = nextLink(what, parser, value);
      } else {
        parser.skipChildren();
      }
    }
    if (!sawItems) {
      throw new ServiceException(200, what + ": the answer has no '" + itemsField + "' array");
    }
    requireEnd(what, parser);
    return new Parsed(items, count, nextLink);
  }

  private static <T> int items(String what, TableDefinition<T> table, JsonParser parser, PageSink<T> sink)
      throws IOException {
    int items = 0;
    JsonToken token;
    PresentFields fields = new PresentFields(table, parser);
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw new ServiceException(200, what + ": item " + items + " is not a JSON object");
      }
      fields.startItem();
      Decoded<T> item = table.readJson(fields);
      String id = item.system().id();
      if (id == null || id.isEmpty()) {
        throw new ServiceException(200, what + ": item " + items + " has no id");
      }
      if (!Ids.isValid(id)) {
        // Stored, it would be unusable; as a delta token it would make every later request fail.
        throw new ServiceException(200, what + ": item " + items + " has an id outside the protocol's pattern ("
            + id.length() + " characters)");
      }
      deliver(sink, item, fields.missing());
      items++;
    }
    return items;
  }

  private static <T> void deliver(PageSink<T> sink, Decoded<T> item, List<String> missing) {
    try {
      if (missing.isEmpty()) {
        sink.accept(item);
      } else {
        sink.acceptPartial(item, missing);
      }
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new OffsyncException("Could not apply a pulled item: " + e.getMessage(), e);
    }
  }

  private static long count(String what, JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return -1;
    }
    if (value != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() < 0) {
      throw new ServiceException(200, what + ": 'count' is not a non-negative integer");
    }
    return parser.getLongValue();
  }

  private static String nextLink(String what, JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value != JsonToken.VALUE_STRING) {
      throw new ServiceException(200, what + ": 'nextLink' is not a string");
    }
    return parser.getText();
  }

  private static void requireEnd(String what, JsonParser parser) throws IOException {
    if (parser.nextToken() != null) {
      throw new ServiceException(200, what + ": unexpected content after the page");
    }
  }
}
