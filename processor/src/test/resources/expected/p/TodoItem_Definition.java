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
import java.time.LocalDate;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The definition of table {@code todoitems} for {@link TodoItem}; use {@link TodoItemTable#DEFINITION}.
 */
@Generated("dev.offsync.processor.SyncTableProcessor")
@SuppressWarnings({"deprecation", "unchecked"})
final class TodoItem_Definition implements TableDefinition<TodoItem> {
  private static final List<ColumnDefinition> COLUMNS = List.of(
      new ColumnDefinition("title", ColumnType.STRING, true, false, false),
      new ColumnDefinition("complete", ColumnType.BOOLEAN, false, false, false),
      new ColumnDefinition("dueDate", ColumnType.DATE, true, false, true));

  private static final List<String> INDEX_SQL = List.of(
      "CREATE INDEX IF NOT EXISTS \"todoitems_updatedAt\" ON \"todoitems\" (\"updatedAt\")",
      "CREATE INDEX IF NOT EXISTS \"todoitems_dueDate\" ON \"todoitems\" (\"dueDate\")");

  private static final List<String> JSON_NAMES = List.of(
      "id",
      "updatedAt",
      "version",
      "deleted",
      "title",
      "complete",
      "dueDate");

  @Override
  public String tableName() {
    return "todoitems";
  }

  @Override
  public Class<TodoItem> entityType() {
    return TodoItem.class;
  }

  @Override
  public List<ColumnDefinition> columns() {
    return COLUMNS;
  }

  @Override
  public String createTableSql() {
    return "CREATE TABLE IF NOT EXISTS \"todoitems\" (\"id\" TEXT PRIMARY KEY NOT NULL, \"updatedAt\" INTEGER, \"version\" TEXT, \"title\" TEXT, \"complete\" INTEGER NOT NULL, \"dueDate\" TEXT)";
  }

  @Override
  public List<String> createIndexSql() {
    return INDEX_SQL;
  }

  @Override
  public String schemaHash() {
    return "13b50c8d615b7e18e0f720f0525c806e0aae7440f7b236369485c6f4085c8eb0";
  }

  @Override
  public SystemProperties systemProperties(TodoItem entity) {
    return new SystemProperties(entity.id(), Values.truncate(entity.updatedAt()), entity.version(),
        false);
  }

  @Override
  public TodoItem withSystemProperties(TodoItem entity, SystemProperties system) {
    return new TodoItem(
        system.id(),
        entity.title(),
        entity.complete(),
        entity.dueDate(),
        system.updatedAt(),
        system.version());
  }

  @Override
  public void writeJson(TodoItem entity, JsonGenerator out) throws IOException {
    out.writeStartObject();
    JsonValues.writeString(out, "id", entity.id());
    JsonValues.writeString(out, "title", entity.title());
    JsonValues.writeBoolean(out, "complete", entity.complete());
    JsonValues.writeDate(out, "dueDate", entity.dueDate());
    JsonValues.writeInstant(out, "updatedAt", entity.updatedAt());
    JsonValues.writeString(out, "version", entity.version());
    out.writeEndObject();
  }

  @Override
  public Decoded<TodoItem> readJson(JsonParser in) throws IOException {
    JsonValues.expectObject(in, "todoitems");
    String id = null;
    Instant updatedAt = null;
    String version = null;
    boolean deleted = false;
    String title = null;
    boolean complete = false;
    LocalDate dueDate = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = jsonName(in.currentName());
      in.nextToken();
      switch (name) {
        case "id" -> id = JsonValues.readString(in, "id");
        case "updatedAt" -> updatedAt = JsonValues.readInstant(in, "updatedAt");
        case "version" -> version = JsonValues.readString(in, "version");
        case "deleted" -> deleted = JsonValues.readBoolean(in, "deleted");
        case "title" -> title = JsonValues.readString(in, "title");
        case "complete" -> complete = JsonValues.readBoolean(in, "complete");
        case "dueDate" -> dueDate = JsonValues.readDate(in, "dueDate");
        default -> in.skipChildren();
      }
    }
    TodoItem entity = new TodoItem(
        id,
        title,
        complete,
        dueDate,
        updatedAt,
        version);
    return new Decoded<>(entity, new SystemProperties(id, updatedAt, version, deleted));
  }

  @Override
  public void bindRow(TodoItem entity, SystemProperties system, PreparedStatement statement,
      int first) throws SQLException {
    RowValues.bindString(statement, first, system.id());
    RowValues.bindInstant(statement, first + 1, system.updatedAt());
    RowValues.bindString(statement, first + 2, system.version());
    RowValues.bindString(statement, first + 3, entity.title());
    RowValues.bindBoolean(statement, first + 4, entity.complete());
    RowValues.bindDate(statement, first + 5, entity.dueDate());
  }

  @Override
  public Decoded<TodoItem> readRow(ResultSet row, int first) throws SQLException {
    String id = RowValues.getString(row, first);
    Instant updatedAt = RowValues.getInstant(row, first + 1);
    String version = RowValues.getString(row, first + 2);
    TodoItem entity = new TodoItem(
        id,
        RowValues.getString(row, first + 3),
        RowValues.getBoolean(row, first + 4),
        RowValues.getDate(row, first + 5),
        updatedAt,
        version);
    return new Decoded<>(entity, new SystemProperties(id, updatedAt, version, false));
  }

  private static String jsonName(String name) {
    return switch (name) {
      case "id", "updatedAt", "version", "deleted", "title", "complete", "dueDate" -> name;
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
