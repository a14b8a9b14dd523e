package dev.offsync.server.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.offsync.server.internal.http.HttpResponse;
import dev.offsync.server.internal.model.Item;
import dev.offsync.server.internal.model.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** Success bodies: one entity with its {@code ETag} and {@code Last-Modified}, or a page of a list. */
final class Responses {

  static final String JSON = "application/json; charset=utf-8";

  private Responses() {}

  /** The entity with its validators; the body is omitted for 304. */
  static HttpResponse entity(int status, Table table, Item item) {
    HttpResponse response = status == 304 ? HttpResponse.empty(304) : HttpResponse.of(status, JSON, json(table,
        item));
    response.headers().set("ETag", Preconditions.etag(item.version()));
    response.headers().set("Last-Modified", Preconditions.httpDate(item.updatedAt()));
    return response;
  }

  /** A page: {@code {"items":[...],"count":N|null,"nextLink":"..."|null}}. */
  static HttpResponse page(Table table, List<Item> items, Long count, String nextLink, Set<String> select) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = ItemJson.FACTORY.createGenerator(bytes)) {
      json.writeStartObject();
      json.writeArrayFieldStart("items");
      for (Item item : items) {
        ItemJson.write(json, table, item, select);
      }
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
    return HttpResponse.of(200, JSON, bytes.toByteArray());
  }

  private static byte[] json(Table table, Item item) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = ItemJson.FACTORY.createGenerator(bytes)) {
      ItemJson.write(json, table, item, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
