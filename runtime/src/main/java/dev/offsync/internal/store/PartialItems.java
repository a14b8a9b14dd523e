package dev.offsync.internal.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.errors.InvalidItemException;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Items from the service that lack some synchronized columns (a service without the column, which the schema
 * check could not see because the service offers no description): the local row keeps its own values for
 * them, so an answer never writes a default over a value the service never held. The merge goes through the
 * table's own codec, both ways, and copies number values as their text, so nothing is rounded.
 */
public final class PartialItems {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private PartialItems() {}

  /**
   * An item read from the service's JSON, with the synchronized columns its JSON did not name.
   *
   * @param item the item, absent columns at the codec's defaults
   * @param missing the columns the JSON did not name, in column order; usually empty
   */
  public record Read<T>(Decoded<T> item, List<String> missing) {}

  /**
   * Reads one JSON object received from the service, noting the columns it lacks.
   *
   * @throws InvalidItemException if the text is not an object the codec accepts
   */
  public static <T> Read<T> read(TableDefinition<T> table, String json) {
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidItemException("An item of table '" + table.tableName() + "' must be a JSON object");
      }
      PresentFields fields = new PresentFields(table, parser);
      fields.startItem();
      Decoded<T> item = table.readJson(fields);
      return new Read<>(item, item.system().deleted() ? List.of() : fields.missing());
    } catch (IOException e) {
      throw new InvalidItemException("Cannot read an item of table '" + table.tableName() + "' from JSON: "
          + e.getMessage(), e);
    }
  }

  /**
   * The service's item with the local entity's values in the {@code missing} columns, and the service's system
   * properties.
   *
   * @throws InvalidItemException if the codec cannot write or read either item
   */
  public static <T> Decoded<T> withLocalValues(TableDefinition<T> table, Decoded<T> server, T local,
      List<String> missing) {
    Set<String> lacking = missing.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    Predicate<String> isLacking = name -> lacking.contains(name.toLowerCase(Locale.ROOT));
    StringWriter merged = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(merged)) {
      out.writeStartObject();
      copyFields(ItemJson.write(table, server.entity()), isLacking.negate(), out);
      copyFields(ItemJson.write(table, local), isLacking, out);
      out.writeEndObject();
    } catch (IOException e) {
      throw new InvalidItemException("Cannot merge an item of table '" + table.tableName() + "': "
          + e.getMessage(), e);
    }
    T entity = ItemJson.read(table, merged.toString()).entity();
    return new Decoded<>(table.withSystemProperties(entity, server.system()), server.system());
  }

  /** Copies the fields of one JSON object that {@code keep} accepts into the object being written. */
  private static void copyFields(String json, Predicate<String> keep, JsonGenerator out) throws IOException {
    try (JsonParser in = JSON.createParser(json)) {
      in.nextToken();
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        in.nextToken();
        if (keep.test(name)) {
          out.writeFieldName(name);
          copyValue(in, out);
        } else {
          in.skipChildren();
        }
      }
    }
  }

  /** Copies the current value exactly: numbers as their text (a copy through double would round decimals). */
  private static void copyValue(JsonParser in, JsonGenerator out) throws IOException {
    switch (in.currentToken()) {
      case START_OBJECT -> {
        out.writeStartObject();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
          out.writeFieldName(in.currentName());
          in.nextToken();
          copyValue(in, out);
        }
        out.writeEndObject();
      }
      case START_ARRAY -> {
        out.writeStartArray();
        while (in.nextToken() != JsonToken.END_ARRAY) {
          copyValue(in, out);
        }
        out.writeEndArray();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(in.getText());
      case VALUE_TRUE, VALUE_FALSE -> out.writeBoolean(in.getBooleanValue());
      case VALUE_NULL -> out.writeNull();
      default -> out.writeString(in.getText());
    }
  }
}
