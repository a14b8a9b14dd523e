package dev.offsync.benchmarks.micro;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.internal.generated.Values;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Hand-written Jackson streaming code for {@link Item}, as a careful programmer would write it for this one
 * model: the limit the generated codec is measured against. It checks less than the generated code (no
 * case-insensitive names, no type checks with column names in the message), so it is a bound, not a peer.
 * Dates and instants go through {@link Values}, the fastest conversion at hand ({@code Instant.parse} costs
 * several times more), so the comparison is of the codecs, not of the date formatters.
 */
public final class StreamingCodec {

  private StreamingCodec() {}

  /** Writes one item as a JSON object. */
  public static void write(Item item, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", item.id());
    out.writeStringField("title", item.title());
    out.writeStringField("description", item.description());
    out.writeBooleanField("complete", item.complete());
    out.writeNumberField("priority", item.priority());
    out.writeNumberField("quantity", item.quantity());
    out.writeNumberField("price", item.price());
    out.writeStringField("category", item.category());
    out.writeStringField("dueDate", item.dueDate() == null ? null : Values.formatDate(item.dueDate()));
    out.writeStringField("updatedAt", item.updatedAt() == null ? null : Values.formatInstant(item.updatedAt()));
    out.writeStringField("version", item.version());
    out.writeEndObject();
  }

  /** Reads one item; the parser is on its {@code START_OBJECT} and is left on its {@code END_OBJECT}. */
  public static Item read(JsonParser in) throws IOException {
    String id = null;
    String title = null;
    String description = null;
    boolean complete = false;
    int priority = 0;
    long quantity = 0;
    double price = 0;
    String category = null;
    LocalDate dueDate = null;
    Instant updatedAt = null;
    String version = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      JsonToken value = in.nextToken();
      boolean isNull = value == JsonToken.VALUE_NULL;
      switch (name) {
        case "id" -> id = in.getText();
        case "title" -> title = isNull ? null : in.getText();
        case "description" -> description = isNull ? null : in.getText();
        case "complete" -> complete = value == JsonToken.VALUE_TRUE;
        case "priority" -> priority = isNull ? 0 : in.getIntValue();
        case "quantity" -> quantity = isNull ? 0 : in.getLongValue();
        case "price" -> price = isNull ? 0 : in.getDoubleValue();
        case "category" -> category = isNull ? null : in.getText();
        case "dueDate" -> dueDate = isNull ? null : Values.parseDate(in.getText());
        case "updatedAt" -> updatedAt = isNull ? null : Values.parseInstant(in.getText());
        case "version" -> version = isNull ? null : in.getText();
        default -> in.skipChildren();
      }
    }
    return new Item(id, title, description, complete, priority, quantity, price, category, dueDate, updatedAt,
        version);
  }
}
