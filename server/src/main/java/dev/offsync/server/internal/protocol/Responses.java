package dev.offsync.server.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.offsync.server.internal.http.HttpResponse;
import dev.offsync.server.internal.model.Item;
import dev.offsync.server.internal.model.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Success bodies of one entity, with its {@code ETag} and {@code Last-Modified}; pages: {@link PageWriter}. */
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
