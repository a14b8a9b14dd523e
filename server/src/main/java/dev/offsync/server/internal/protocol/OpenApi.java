package dev.offsync.server.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import dev.offsync.server.internal.http.HttpResponse;
import dev.offsync.server.internal.model.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code GET /openapi.json}: an OpenAPI 3.0 document with each table's five operations and, under
 * {@code components.schemas.<table>}, an object schema whose properties are every column, system columns
 * included, each with a JSON {@code type}, a {@code format} where one applies and {@code x-offsync-type}, the
 * column's {@link ColumnType} name. Clients read this shape to check schema drift, so it changes only
 * compatibly.
 */
final class OpenApi {

  private OpenApi() {}

  /** The document describing these tables (the ones the caller may see). */
  static HttpResponse document(List<Table> tables) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = ItemJson.FACTORY.createGenerator(bytes)) {
      json.writeStartObject();
      json.writeStringField("openapi", "3.0.3");
      json.writeObjectFieldStart("info");
      json.writeStringField("title", "Offsync Datasync service");
      json.writeStringField("version", "3.0.0");
      json.writeEndObject();
      json.writeObjectFieldStart("paths");
      for (Table table : tables) {
        OpenApiPaths.write(json, table.name());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("components");
      json.writeObjectFieldStart("schemas");
      for (Table table : tables) {
        writeSchema(json, table);
      }
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HttpResponse.of(200, Responses.JSON, bytes.toByteArray());
  }

  private static void writeSchema(JsonGenerator json, Table table) throws IOException {
    json.writeObjectFieldStart(table.name());
    json.writeStringField("type", "object");
    json.writeObjectFieldStart("properties");
    writeProperty(json, SystemProperties.ID, ColumnType.STRING, false);
    for (ColumnDefinition column : table.columns()) {
      writeProperty(json, column.name(), column.type(), column.nullable());
    }
    writeProperty(json, SystemProperties.UPDATED_AT, ColumnType.DATETIME, false);
    writeProperty(json, SystemProperties.VERSION, ColumnType.STRING, false);
    writeProperty(json, SystemProperties.DELETED, ColumnType.BOOLEAN, false);
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeProperty(JsonGenerator json, String name, ColumnType type, boolean nullable)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("type", jsonType(type));
    String format = format(type);
    if (format != null) {
      json.writeStringField("format", format);
    }
    if (nullable) {
      json.writeBooleanField("nullable", true);
    }
    json.writeStringField("x-offsync-type", type.name());
    json.writeEndObject();
  }

  /** The JSON type a column's values are written as (decimals as plain numbers). */
  static String jsonType(ColumnType type) {
    return switch (type) {
      case BOOLEAN -> "boolean";
      case INT, LONG -> "integer";
      case FLOAT, DOUBLE, DECIMAL -> "number";
      default -> "string";
    };
  }

  /** The OpenAPI format of a column's values, or null where none applies (plain and enum strings). */
  static String format(ColumnType type) {
    return switch (type) {
      case INT -> "int32";
      case LONG -> "int64";
      case FLOAT -> "float";
      case DOUBLE -> "double";
      case DECIMAL -> "decimal";
      case DATETIME -> "date-time";
      case DATE -> "date";
      case TIME -> "time";
      case UUID -> "uuid";
      case BYTES -> "byte";
      case STRING, BOOLEAN, LOCAL_DATETIME, ENUM -> null;
    };
  }
}
