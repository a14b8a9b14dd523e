package p;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.internal.generated.JsonValues;
import dev.offsync.internal.generated.RowValues;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The definition of table {@code sheet_rows} for {@link Sheet.Row}; use {@link RowTable#DEFINITION}.
 */
@Generated("dev.offsync.processor.SyncTableProcessor")
@SuppressWarnings({"deprecation", "unchecked"})
final class Row_Definition implements TableDefinition<Sheet.Row> {
  private static final List<ColumnDefinition> COLUMNS = List.of(
      new ColumnDefinition("order", ColumnType.INT, false, false, true),
      new ColumnDefinition("select", ColumnType.STRING, true, false, false),
      new ColumnDefinition("entity", ColumnType.LONG, false, false, false),
      new ColumnDefinition("name", ColumnType.STRING, true, false, false),
      new ColumnDefinition("first", ColumnType.INT, true, false, false),
      new ColumnDefinition("row", ColumnType.STRING, true, false, false),
      new ColumnDefinition("out", ColumnType.STRING, true, false, false),
      new ColumnDefinition("statement", ColumnType.STRING, true, false, false),
      new ColumnDefinition("system", ColumnType.STRING, true, false, false),
      new ColumnDefinition("definition", ColumnType.STRING, true, false, false),
      new ColumnDefinition("Values", ColumnType.STRING, true, false, false),
      new ColumnDefinition("JsonValues", ColumnType.STRING, true, false, false),
      new ColumnDefinition("known", ColumnType.INT, false, false, false));

  private static final List<String> INDEX_SQL = List.of(
      "CREATE INDEX IF NOT EXISTS \"sheet_rows_updatedAt\" ON \"sheet_rows\" (\"updatedAt\")",
      "CREATE INDEX IF NOT EXISTS \"sheet_rows_order\" ON \"sheet_rows\" (\"order\")");

  private static final List<String> JSON_NAMES = List.of(
      "id",
      "updatedAt",
      "version",
      "deleted",
      "order",
      "select",
      "entity",
      "name",
      "first",
      "row",
      "out",
      "statement",
      "system",
      "definition",
      "Values",
      "JsonValues",
      "known");

  @Override
  public String tableName() {
    return "sheet_rows";
  }

  @Override
  public Class<Sheet.Row> entityType() {
    return Sheet.Row.class;
  }

  @Override
  public List<ColumnDefinition> columns() {
    return COLUMNS;
  }

  @Override
  public String createTableSql() {
    return "CREATE TABLE IF NOT EXISTS \"sheet_rows\" (\"id\" TEXT PRIMARY KEY NOT NULL, \"updatedAt\" INTEGER, \"version\" TEXT, \"order\" INTEGER NOT NULL, \"select\" TEXT, \"entity\" INTEGER NOT NULL, \"name\" TEXT, \"first\" INTEGER, \"row\" TEXT, \"out\" TEXT, \"statement\" TEXT, \"system\" TEXT, \"definition\" TEXT, \"Values\" TEXT, \"JsonValues\" TEXT, \"known\" INTEGER NOT NULL)";
  }

  @Override
  public List<String> createIndexSql() {
    return INDEX_SQL;
  }

  @Override
  public String schemaHash() {
    return "8f6be5fff7eeab8eb457a0d9c193f9d2d2fa7ad84f3040e22ad03d60caf2ffbd";
  }

  @Override
  public SystemProperties systemProperties(Sheet.Row entity) {
    return new SystemProperties(entity.in, null, null, false);
  }

  @Override
  public Sheet.Row withSystemProperties(Sheet.Row entity, SystemProperties system) {
    entity.in = system.id();
    return entity;
  }

  @Override
  public void writeJson(Sheet.Row entity, JsonGenerator out) throws IOException {
    out.writeStartObject();
    JsonValues.writeString(out, "id", entity.in);
    JsonValues.writeInt(out, "order", entity.order);
    JsonValues.writeString(out, "select", entity.select);
    JsonValues.writeLong(out, "entity", entity.entity);
    JsonValues.writeString(out, "name", entity.name);
    JsonValues.writeInt(out, "first", entity.first);
    JsonValues.writeString(out, "row", entity.row);
    JsonValues.writeString(out, "out", entity.out);
    JsonValues.writeString(out, "statement", entity.statement);
    JsonValues.writeString(out, "system", entity.system);
    JsonValues.writeString(out, "definition", entity.def);
    JsonValues.writeString(out, "Values", entity.Values);
    JsonValues.writeString(out, "JsonValues", entity.JsonValues);
    JsonValues.writeShort(out, "known", entity.known);
    out.writeEndObject();
  }

  @Override
  public Decoded<Sheet.Row> readJson(JsonParser in) throws IOException {
    JsonValues.expectObject(in, "sheet_rows");
    String id = null;
    Instant updatedAt = null;
    String version = null;
    boolean deleted = false;
    Sheet.Row entity = new Sheet.Row();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = jsonName(in.currentName());
      in.nextToken();
      switch (name) {
        case "id" -> id = JsonValues.readString(in, "id");
        case "updatedAt" -> updatedAt = JsonValues.readInstant(in, "updatedAt");
        case "version" -> version = JsonValues.readString(in, "version");
        case "deleted" -> deleted = JsonValues.readBoolean(in, "deleted");
        case "order" -> entity.order = JsonValues.readInt(in, "order");
        case "select" -> entity.select = JsonValues.readString(in, "select");
        case "entity" -> entity.entity = JsonValues.readLong(in, "entity");
        case "name" -> entity.name = JsonValues.readString(in, "name");
        case "first" -> entity.first = JsonValues.readIntOrNull(in, "first");
        case "row" -> entity.row = JsonValues.readString(in, "row");
        case "out" -> entity.out = JsonValues.readString(in, "out");
        case "statement" -> entity.statement = JsonValues.readString(in, "statement");
        case "system" -> entity.system = JsonValues.readString(in, "system");
        case "definition" -> entity.def = JsonValues.readString(in, "definition");
        case "Values" -> entity.Values = JsonValues.readString(in, "Values");
        case "JsonValues" -> entity.JsonValues = JsonValues.readString(in, "JsonValues");
        case "known" -> entity.known = JsonValues.readShort(in, "known");
        default -> in.skipChildren();
      }
    }
    entity.in = id;
    return new Decoded<>(entity, new SystemProperties(id, updatedAt, version, deleted));
  }

  @Override
  public void bindRow(Sheet.Row entity, SystemProperties system, PreparedStatement statement,
      int first) throws SQLException {
    RowValues.bindString(statement, first, system.id());
    RowValues.bindInstant(statement, first + 1, system.updatedAt());
    RowValues.bindString(statement, first + 2, system.version());
    RowValues.bindInt(statement, first + 3, entity.order);
    RowValues.bindString(statement, first + 4, entity.select);
    RowValues.bindLong(statement, first + 5, entity.entity);
    RowValues.bindString(statement, first + 6, entity.name);
    RowValues.bindInt(statement, first + 7, entity.first);
    RowValues.bindString(statement, first + 8, entity.row);
    RowValues.bindString(statement, first + 9, entity.out);
    RowValues.bindString(statement, first + 10, entity.statement);
    RowValues.bindString(statement, first + 11, entity.system);
    RowValues.bindString(statement, first + 12, entity.def);
    RowValues.bindString(statement, first + 13, entity.Values);
    RowValues.bindString(statement, first + 14, entity.JsonValues);
    RowValues.bindShort(statement, first + 15, entity.known);
  }

  @Override
  public Decoded<Sheet.Row> readRow(ResultSet row, int first) throws SQLException {
    String id = RowValues.getString(row, first);
    Instant updatedAt = RowValues.getInstant(row, first + 1);
    String version = RowValues.getString(row, first + 2);
    Sheet.Row entity = new Sheet.Row();
    entity.in = id;
    entity.order = RowValues.getInt(row, first + 3);
    entity.select = RowValues.getString(row, first + 4);
    entity.entity = RowValues.getLong(row, first + 5);
    entity.name = RowValues.getString(row, first + 6);
    entity.first = RowValues.getIntOrNull(row, first + 7);
    entity.row = RowValues.getString(row, first + 8);
    entity.out = RowValues.getString(row, first + 9);
    entity.statement = RowValues.getString(row, first + 10);
    entity.system = RowValues.getString(row, first + 11);
    entity.def = RowValues.getString(row, first + 12);
    entity.Values = RowValues.getString(row, first + 13);
    entity.JsonValues = RowValues.getString(row, first + 14);
    entity.known = RowValues.getShort(row, first + 15);
    return new Decoded<>(entity, new SystemProperties(id, updatedAt, version, false));
  }

  private static String jsonName(String name) {
    return switch (name) {
      case "id", "updatedAt", "version", "deleted", "order", "select", "entity", "name", "first", "row", "out", "statement", "system", "definition", "Values", "JsonValues", "known" -> name;
      default -> jsonNameIgnoringCase(name);
    };
  }

  private static String jsonNameIgnoringCase(String name) {
    for (String known : JSON_NAMES) {
      if (known.equalsIgnoreCase(name)) {
        return known;
      }
    }
    return name;
  }
}
