package dev.offsync.internal.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tables a service describes in its OpenAPI document: {@code components.schemas.<table>.properties}, each
 * column with its {@code x-offsync-type} (core's {@code ColumnType} name) where the service gives one. Column
 * names are kept lowercase, since the service matches body properties case-insensitively.
 */
public final class ServiceDescription {

  /** A column's {@code x-offsync-type}, or this where the service gives none. */
  public static final String UNTYPED = "";

  private final Map<String, Map<String, String>> tables;

  private ServiceDescription(Map<String, Map<String, String>> tables) {
    this.tables = tables;
  }

  /** The columns the service describes for a table (lowercase name → type or {@link #UNTYPED}), if any. */
  public Optional<Map<String, String>> columns(String table) {
    return Optional.ofNullable(tables.get(table));
  }

  /** Reads an OpenAPI document; the parser is before its first token. Other members are skipped. */
  static ServiceDescription parse(JsonParser in) throws IOException {
    Map<String, Map<String, String>> tables = new HashMap<>();
    if (in.nextToken() == JsonToken.START_OBJECT && member(in, "components") && member(in, "schemas")) {
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String table = in.currentName();
        in.nextToken();
        if (in.currentToken() == JsonToken.START_OBJECT && member(in, "properties")) {
          tables.put(table, properties(in));
          skipRest(in);
        } else {
          in.skipChildren();
        }
      }
    }
    return new ServiceDescription(Map.copyOf(tables));
  }

  private static Map<String, String> properties(JsonParser in) throws IOException {
    Map<String, String> columns = new HashMap<>();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String column = in.currentName().toLowerCase(Locale.ROOT);
      in.nextToken();
      String type = UNTYPED;
      if (in.currentToken() == JsonToken.START_OBJECT) {
        while (in.nextToken() == JsonToken.FIELD_NAME) {
          String name = in.currentName();
          if (in.nextToken() == JsonToken.VALUE_STRING && "x-offsync-type".equals(name)) {
            type = in.getText();
          } else {
            in.skipChildren();
          }
        }
      } else {
        in.skipChildren();
      }
      columns.put(column, type);
    }
    return columns;
  }

  /** Moves to the object value of the named member of the current object; false (at its end) if none. */
  private static boolean member(JsonParser in, String name) throws IOException {
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      boolean wanted = name.equals(in.currentName());
      if (in.nextToken() == JsonToken.START_OBJECT && wanted) {
        return true;
      }
      in.skipChildren();
    }
    return false;
  }

  private static void skipRest(JsonParser in) throws IOException {
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      in.nextToken();
      in.skipChildren();
    }
  }
}
