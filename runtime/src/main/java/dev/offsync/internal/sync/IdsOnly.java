package dev.offsync.internal.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.Decoded;
import dev.offsync.internal.generated.JsonValues;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/**
 * A table read as ids only, for the pages of a {@code $select=id} request: its items are {@code {"id": ...}}
 * (other fields skipped), and the model's own codec is not used, since a model may refuse to be built with
 * every column at its default. Only {@link #tableName()} and {@link #readJson} are meant to be called.
 */
final class IdsOnly implements TableDefinition<String> {

  private final String table;

  IdsOnly(String table) {
    this.table = table;
  }

  @Override
  public String tableName() {
    return table;
  }

  @Override
  public Decoded<String> readJson(JsonParser in) throws IOException {
    JsonValues.expectObject(in, table);
    String id = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      boolean isId = in.currentName().equalsIgnoreCase(SystemProperties.ID);
      in.nextToken();
      if (isId) {
        id = JsonValues.readString(in, SystemProperties.ID);
      } else {
        in.skipChildren();
      }
    }
    return new Decoded<>(id, new SystemProperties(id, null, null, false));
  }

  @Override
  public Class<String> entityType() {
    return String.class;
  }

  @Override
  public List<ColumnDefinition> columns() {
    return List.of();
  }

  @Override
  public String createTableSql() {
    throw unsupported();
  }

  @Override
  public List<String> createIndexSql() {
    throw unsupported();
  }

  @Override
  public String schemaHash() {
    throw unsupported();
  }

  @Override
  public SystemProperties systemProperties(String id) {
    return new SystemProperties(id, null, null, false);
  }

  @Override
  public String withSystemProperties(String id, SystemProperties system) {
    return id;
  }

  @Override
  public void writeJson(String id, JsonGenerator out) {
    throw unsupported();
  }

  @Override
  public void bindRow(String id, SystemProperties system, PreparedStatement statement, int first) {
    throw unsupported();
  }

  @Override
  public Decoded<String> readRow(ResultSet row, int first) {
    throw unsupported();
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("An id-only view of a table is read from JSON only");
  }
}
