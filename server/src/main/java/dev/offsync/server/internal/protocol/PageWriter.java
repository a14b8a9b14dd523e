package dev.offsync.server.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.offsync.server.StoredItem;
import dev.offsync.server.internal.http.HttpResponse;
import dev.offsync.server.internal.model.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The seam between data access and serialization in a list response: a repository hands it the rows of a page
 * one by one, while its cursor is open, and each is written as JSON at once, never collected first. It writes
 * the first {@code take} rows; a further row only tells that a next page exists.
 *
 * <p>{@code {"items":[...],"count":N|null,"nextLink":"..."|null}}. Not thread-safe: one per request.
 */
final class PageWriter implements Consumer<StoredItem> {

  private final Table table;
  private final Set<String> select;
  private final int take;
  private final ByteArrayOutputStream bytes;
  private final JsonGenerator json;
  private int rows;
  private boolean more;

  /** A page of at most {@code take} items of {@code table}, with only the {@code select}ed ones (null: all). */
  PageWriter(Table table, Set<String> select, int take) {
    this.table = table;
    this.select = select;
    this.take = take;
    // Sized for a page of typical items, so that it rarely grows (each growth copies what is written).
    this.bytes = new ByteArrayOutputStream(Math.min(1 << 20, 256 + 384 * take));
    try {
      json = ItemJson.FACTORY.createGenerator(bytes);
      json.writeStartObject();
      json.writeArrayFieldStart("items");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the row, or notes that there is more than a page. */
  @Override
  public void accept(StoredItem row) {
    if (rows == take) {
      more = true;
      return;
    }
    try {
      ItemJson.write(json, table, row, select);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows++;
  }

  /** The items written. */
  int rows() {
    return rows;
  }

  /** Whether the repository gave more rows than the page holds. */
  boolean more() {
    return more;
  }

  /** Ends the page with its count (null unless asked) and next link (null on the last page). */
  HttpResponse finish(Long count, String nextLink) {
    try (json) {
      json.writeEndArray();
      json.writeFieldName("count");
      if (count == null) {
        json.writeNull();
      } else {
        json.writeNumber(count);
      }
      json.writeStringField("nextLink", nextLink);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HttpResponse.of(200, Responses.JSON, bytes.toByteArray());
  }
}
