package dev.offsync.server.internal.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import dev.offsync.internal.generated.Values;
import dev.offsync.server.StoredItem;
import dev.offsync.server.internal.model.Table;
import dev.offsync.server.internal.storage.RowCursor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Items in JSON: a request body read by the table's column types, names matched ignoring case, unknown
 * names refused (or skipped, by option); a stored item written with its system properties.
 */
final class ItemJson {

  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      // Schubfach instead of Double.toString, which a profile of list pages showed among the top costs; the
      // text may differ from the JDK's in rare cases but always reads back as the same double.
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /**
   * A request body.
   *
   * @param id the id, or null when the body has none
   * @param deleted the {@code deleted} flag of the body, false when absent
   * @param values every data column, missing ones at their defaults
   */
  record Body(String id, boolean deleted, Map<String, Object> values) {}

  private ItemJson() {}

  /**
   * Reads one JSON object.
   *
   * @param ignoreUnknown whether properties that are neither a column nor a system property are skipped; else
   *     they are a 400 naming them, so that a client whose model has a column the service lacks fails loudly
   *     instead of losing that column's values
   * @throws ProtocolException 400 naming what is wrong
   */
  static Body read(Table table, byte[] json, boolean ignoreUnknown) {
    try (JsonParser in = FACTORY.createParser(json)) {
      if (in.nextToken() != JsonToken.START_OBJECT) {
        throw ProtocolException.badRequest("The body must be one JSON object, not "
            + ColumnJson.describe(in.currentToken()));
      }
      Body body = readObject(table, in, ignoreUnknown);
      if (in.nextToken() != null) {
        throw ProtocolException.badRequest("The body must hold one JSON object and nothing after it");
      }
      return body;
    } catch (JsonProcessingException e) {
      throw ProtocolException.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ProtocolException.badRequest("The body could not be read: " + e.getMessage());
    }
  }

  private static Body readObject(Table table, JsonParser in, boolean ignoreUnknown) throws IOException {
    String id = null;
    List<String> unknown = new ArrayList<>();
    boolean deleted = false;
    Map<String, Object> found = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        throw ProtocolException.badRequest("Property '" + name + "' appears twice (names are compared ignoring"
            + " case)");
      }
      in.nextToken();
      Optional<ColumnDefinition> column = table.column(name);
      if (column.isPresent()) {
        found.put(column.get().name(), ColumnJson.read(in, column.get()));
      } else if (name.equalsIgnoreCase(SystemProperties.ID)) {
        id = readId(in);
      } else if (name.equalsIgnoreCase(SystemProperties.DELETED)) {
        deleted = readDeleted(in);
      } else {
        if (!isServerOwned(name)) {
          unknown.add(name);
        }
        in.skipChildren(); // updatedAt and version belong to the server
      }
    }
    if (!unknown.isEmpty() && !ignoreUnknown) {
      throw unknownProperties(table, unknown);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (ColumnDefinition column : table.columns()) {
      Object value = found.containsKey(column.name()) ? found.get(column.name()) : ColumnJson.missingValue(column);
      if (value == null && !column.nullable()) {
        throw ProtocolException.badRequest("Column '" + column.name() + "' must not be null");
      }
      values.put(column.name(), value);
    }
    return new Body(id, deleted, values);
  }

  private static boolean isServerOwned(String name) {
    return name.equalsIgnoreCase(SystemProperties.UPDATED_AT) || name.equalsIgnoreCase(SystemProperties.VERSION);
  }

  private static ProtocolException unknownProperties(Table table, List<String> names) {
    StringJoiner quoted = new StringJoiner(", ");
    names.forEach(name -> quoted.add("'" + ListOptions.abbreviate(name) + "'"));
    return ProtocolException.badRequest("Table '" + table.name() + "' has no column " + quoted
        + ": the service would drop " + (names.size() == 1 ? "its value" : "their values")
        + "; add the column to the service's table or remove it from the item");
  }

  private static String readId(JsonParser in) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_STRING) {
      throw ProtocolException.badRequest("Property 'id' must be a string, not " + ColumnJson.describe(token));
    }
    String id = in.getText();
    return id.isEmpty() ? null : id;
  }

  private static boolean readDeleted(JsonParser in) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw ProtocolException.badRequest("Property 'deleted' must be true or false, not "
          + ColumnJson.describe(token));
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /**
   * Writes a stored item: {@code id}, the data columns, {@code updatedAt}, {@code version}, {@code deleted}.
   *
   * @param select the properties to write (canonical names), or null for all
   */
  static void write(JsonGenerator out, Table table, StoredItem item, Set<String> select) throws IOException {
    if (table.isTombstone(item)) {
      writeTombstone(out, item);
      return;
    }
    out.writeStartObject();
    if (selected(select, SystemProperties.ID)) {
      out.writeStringField(SystemProperties.ID, item.id());
    }
    // A row of a list page is read column by column straight from the cursor; other items from their map.
    RowCursor cursor = item instanceof RowCursor row ? row : null;
    Map<String, Object> values = cursor == null ? item.values() : null;
    List<ColumnDefinition> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      ColumnDefinition column = columns.get(i);
      if (selected(select, column.name())) {
        out.writeFieldName(column.name());
        ColumnJson.write(out, column.type(), cursor != null ? cursor.value(i) : values.get(column.name()));
      }
    }
    if (selected(select, SystemProperties.UPDATED_AT)) {
      out.writeFieldName(SystemProperties.UPDATED_AT);
      ColumnJson.write(out, ColumnType.STRING, item.updatedAt() == null ? null
          : Values.formatInstant(item.updatedAt()));
    }
    if (selected(select, SystemProperties.VERSION)) {
      out.writeStringField(SystemProperties.VERSION, item.version());
    }
    if (selected(select, SystemProperties.DELETED)) {
      out.writeBooleanField(SystemProperties.DELETED, item.deleted());
    }
    out.writeEndObject();
  }


  /** A tombstone carries no contents, whatever the {@code $select}: the client needs exactly these four. */
  private static void writeTombstone(JsonGenerator out, StoredItem item) throws IOException {
    out.writeStartObject();
    out.writeStringField(SystemProperties.ID, item.id());
    out.writeStringField(SystemProperties.UPDATED_AT, Values.formatInstant(item.updatedAt()));
    out.writeStringField(SystemProperties.VERSION, item.version());
    out.writeBooleanField(SystemProperties.DELETED, true);
    out.writeEndObject();
  }

  private static boolean selected(Set<String> select, String name) {
    return select == null || select.contains(name);
  }
}
