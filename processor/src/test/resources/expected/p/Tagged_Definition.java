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
 * The definition of table {@code tagged} for {@link Tagged}; use {@link TaggedTable#DEFINITION}.
 */
@Generated("dev.offsync.processor.SyncTableProcessor")
@SuppressWarnings({"deprecation", "unchecked"})
final class Tagged_Definition implements TableDefinition<Tagged> {
  private static final List<ColumnDefinition> COLUMNS = List.of(
      new ColumnDefinition("tags", ColumnType.STRING, true, false, false));

  private static final List<String> INDEX_SQL = List.of(
      "CREATE INDEX IF NOT EXISTS \"tagged_updatedAt\" ON \"tagged\" (\"updatedAt\")");

  private static final List<String> JSON_NAMES = List.of(
      "id",
      "updatedAt",
      "version",
      "deleted",
      "tags");

  static final Tagged.Lines tagsConverter = new Tagged.Lines();

  @Override
  public String tableName() {
    return "tagged";
  }

  @Override
  public Class<Tagged> entityType() {
    return Tagged.class;
  }

  @Override
  public List<ColumnDefinition> columns() {
    return COLUMNS;
  }

  @Override
  public String createTableSql() {
    return "CREATE TABLE IF NOT EXISTS \"tagged\" (\"id\" TEXT PRIMARY KEY NOT NULL, \"updatedAt\" INTEGER, \"version\" TEXT, \"tags\" TEXT)";
  }

  @Override
  public List<String> createIndexSql() {
    return INDEX_SQL;
  }

  @Override
  public String schemaHash() {
    return "18ef42d14560ea4d7b2c6ecfd9b23a0905a2e160eec9fc92e5e8cc7a0e685cb7";
  }

  @Override
  public SystemProperties systemProperties(Tagged entity) {
    return new SystemProperties(entity.id(), null, null, false);
  }

  @Override
  public Tagged withSystemProperties(Tagged entity, SystemProperties system) {
    return new Tagged(
        system.id(),
        entity.tags());
  }

  @Override
  public void writeJson(Tagged entity, JsonGenerator out) throws IOException {
    out.writeStartObject();
    JsonValues.writeString(out, "id", entity.id());
    JsonValues.writeString(out, "tags", Tagged_Definition.tagsConverter.toColumnOrNull(entity.tags()));
    out.writeEndObject();
  }

  @Override
  public Decoded<Tagged> readJson(JsonParser in) throws IOException {
    JsonValues.expectObject(in, "tagged");
    String id = null;
    Instant updatedAt = null;
    String version = null;
    boolean deleted = false;
    List<String> tags = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = jsonName(in.currentName());
      in.nextToken();
      switch (name) {
        case "id" -> id = JsonValues.readString(in, "id");
        case "updatedAt" -> updatedAt = JsonValues.readInstant(in, "updatedAt");
        case "version" -> version = JsonValues.readString(in, "version");
        case "deleted" -> deleted = JsonValues.readBoolean(in, "deleted");
        case "tags" -> tags = Tagged_Definition.tagsConverter.fromColumnOrNull(JsonValues.readString(in, "tags"));
        default -> in.skipChildren();
      }
    }
    Tagged entity = new Tagged(
        id,
        tags);
    return new Decoded<>(entity, new SystemProperties(id, updatedAt, version, deleted));
  }

  @Override
  public void bindRow(Tagged entity, SystemProperties system, PreparedStatement statement,
      int first) throws SQLException {
    RowValues.bindString(statement, first, system.id());
    RowValues.bindInstant(statement, first + 1, system.updatedAt());
    RowValues.bindString(statement, first + 2, system.version());
    RowValues.bindString(statement, first + 3, Tagged_Definition.tagsConverter.toColumnOrNull(entity.tags()));
  }

  @Override
  public Decoded<Tagged> readRow(ResultSet row, int first) throws SQLException {
    String id = RowValues.getString(row, first);
    Instant updatedAt = RowValues.getInstant(row, first + 1);
    String version = RowValues.getString(row, first + 2);
    Tagged entity = new Tagged(
        id,
        Tagged_Definition.tagsConverter.fromColumnOrNull(RowValues.getString(row, first + 3)));
    return new Decoded<>(entity, new SystemProperties(id, updatedAt, version, false));
  }

  private static String jsonName(String name) {
    return switch (name) {
      case "id", "updatedAt", "version", "deleted", "tags" -> name;
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
