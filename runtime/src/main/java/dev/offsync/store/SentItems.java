package dev.offsync.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The items an operation carried on its sends, kept as one JSON array of item objects (oldest first): a send
 * may reach the service while its answer is lost, so the service's copy may be any of them. Bounded, since a
 * few unanswered sends in a row are already rare.
 */
final class SentItems {

  /** The most sent items kept; older ones are forgotten. */
  static final int LIMIT = 4;

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private SentItems() {}

  /** The items in {@code array} (null for none), oldest first, each as its JSON text. */
  static List<String> list(String array) {
    List<String> items = new ArrayList<>();
    if (array == null) {
      return items;
    }
    try (JsonParser parser = JSON.createParser(array)) {
      parser.nextToken();
      // Each item is cut from the text as sent, never re-written through a token stream: that would turn
      // decimals into doubles (1.50 into 1.5), and the comparison with the service's copy would fail.
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        parser.skipChildren();
        int end = (int) parser.currentLocation().getCharOffset();
        items.add(array.substring(start, end));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("A queued operation's sent items are not a JSON array", e);
    }
    return items;
  }

  /** {@code array} with {@code item} added last, unless it is there already; the oldest go past the limit. */
  static String with(String array, String item) {
    List<String> items = list(array);
    if (item == null || items.contains(item)) {
      return array;
    }
    items.add(item);
    List<String> kept = items.subList(Math.max(0, items.size() - LIMIT), items.size());
    return "[" + String.join(",", kept) + "]";
  }
}
