package p;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.internal.generated.JsonValues;
import dev.offsync.internal.generated.RowValues;
import dev.offsync.internal.generated.Values;
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
import java.time.OffsetDateTime;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The definition of table {@code contact} for {@link Contact}; use {@link ContactTable#DEFINITION}.
 */
@Generated("dev.offsync.processor.SyncTableProcessor")
@SuppressWarnings({"deprecation", "unchecked"})
final class Contact_Definition implements TableDefinition<Contact> {
  private static final List<ColumnDefinition> COLUMNS = List.of(
      new ColumnDefinition("name", ColumnType.STRING, true, false, false),
      new ColumnDefinition("favourite", ColumnType.BOOLEAN, false, false, false),
      new ColumnDefinition("priority", ColumnType.ENUM, true, false, false),
      new ColumnDefinition("note", ColumnType.STRING, true, true, false));

  private static final List<String> INDEX_SQL = List.of(
      "CREATE INDEX IF NOT EXISTS \"contact_updatedAt\" ON \"contact\" (\"updatedAt\")");

  private static final List<String> JSON_NAMES = List.of(
      "id",
      "updatedAt",
      "version",
      "deleted",
      "name",
      "favourite",
      "priority");

  @Override
  public String tableName() {
    return "contact";
  }

  @Override
  public Class<Contact> entityType() {
    return Contact.class;
  }

  @Override
  public List<ColumnDefinition> columns() {
    return COLUMNS;
  }

  @Override
  public String createTableSql() {
    return "CREATE TABLE IF NOT EXISTS \"contact\" (\"id\" TEXT PRIMARY KEY NOT NULL, \"updatedAt\" INTEGER, \"version\" TEXT, \"name\" TEXT, \"favourite\" INTEGER NOT NULL, \"priority\" TEXT, \"note\" TEXT)";
  }

  @Override
  public List<String> createIndexSql() {
    return INDEX_SQL;
  }

  @Override
  public String schemaHash() {
    return "46d40bac45d407d4c3ccc2d71300726811988e3cc1ed44bcefc3d3ed357d3f76";
  }

  @Override
  public SystemProperties systemProperties(Contact entity) {
    OffsetDateTime updatedAt = entity.getUpdatedAt();
    return new SystemProperties(entity.getId(),
        updatedAt == null ? null : Values.truncate(updatedAt.toInstant()), null,
        Boolean.TRUE.equals(entity.getDeleted()));
  }

  @Override
  public Contact withSystemProperties(Contact entity, SystemProperties system) {
    entity.setId(system.id());
    entity.setUpdatedAt(Values.toUtc(system.updatedAt()));
    entity.setDeleted(system.deleted());
    return entity;
  }

  @Override
  public void writeJson(Contact entity, JsonGenerator out) throws IOException {
    out.writeStartObject();
    JsonValues.writeString(out, "id", entity.getId());
    JsonValues.writeString(out, "name", entity.getName());
    JsonValues.writeBoolean(out, "favourite", entity.isFavourite());
    JsonValues.writeEnum(out, "priority", entity.getPriority());
    JsonValues.writeOffsetDateTime(out, "updatedAt", entity.getUpdatedAt());
    JsonValues.writeBoolean(out, "deleted", entity.getDeleted());
    out.writeEndObject();
  }

  @Override
  public Decoded<Contact> readJson(JsonParser in) throws IOException {
    JsonValues.expectObject(in, "contact");
    String id = null;
    Instant updatedAt = null;
    String version = null;
    boolean deleted = false;
    Contact entity = new Contact();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = jsonName(in.currentName());
      in.nextToken();
      switch (name) {
        case "id" -> id = JsonValues.readString(in, "id");
        case "updatedAt" -> updatedAt = JsonValues.readInstant(in, "updatedAt");
        case "version" -> version = JsonValues.readString(in, "version");
        case "deleted" -> deleted = JsonValues.readBoolean(in, "deleted");
        case "name" -> entity.setName(JsonValues.readString(in, "name"));
        case "favourite" -> entity.setFavourite(JsonValues.readBoolean(in, "favourite"));
        case "priority" -> entity.setPriority(JsonValues.readEnum(in, "priority", Contact.Priority.class));
        default -> in.skipChildren();
      }
    }
    entity.setId(id);
    entity.setUpdatedAt(Values.toUtc(updatedAt));
    entity.setDeleted(deleted);
    return new Decoded<>(entity, new SystemProperties(id, updatedAt, version, deleted));
  }

  @Override
  public void bindRow(Contact entity, SystemProperties system, PreparedStatement statement,
      int first) throws SQLException {
    RowValues.bindString(statement, first, system.id());
    RowValues.bindInstant(statement, first + 1, system.updatedAt());
    RowValues.bindString(statement, first + 2, system.version());
    RowValues.bindString(statement, first + 3, entity.getName());
    RowValues.bindBoolean(statement, first + 4, entity.isFavourite());
    RowValues.bindEnum(statement, first + 5, entity.getPriority());
    RowValues.bindString(statement, first + 6, entity.getNote());
  }

  @Override
  public Decoded<Contact> readRow(ResultSet row, int first) throws SQLException {
    String id = RowValues.getString(row, first);
    Instant updatedAt = RowValues.getInstant(row, first + 1);
    String version = RowValues.getString(row, first + 2);
    Contact entity = new Contact();
    entity.setId(id);
    entity.setName(RowValues.getString(row, first + 3));
    entity.setFavourite(RowValues.getBoolean(row, first + 4));
    entity.setPriority(RowValues.getEnum(row, first + 5, Contact.Priority.class));
    entity.setNote(RowValues.getString(row, first + 6));
    entity.setUpdatedAt(Values.toUtc(updatedAt));
    entity.setDeleted(false);
    return new Decoded<>(entity, new SystemProperties(id, updatedAt, version, false));
  }

  private static String jsonName(String name) {
    return switch (name) {
      case "id", "updatedAt", "version", "deleted", "name", "favourite", "priority" -> name;
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
