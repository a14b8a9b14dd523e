package dev.offsync.internal.store.sqlite;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.TableDefinition;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table's row in {@code __schema}: the schema hash and the columns it was created with, kept as JSON so a
 * later version can tell an added, removed or retyped column apart (SQLite's own types cannot: a
 * {@code long} and a {@code datetime} are both {@code INTEGER}).
 *
 * @param table the table name
 * @param schemaHash the definition's schema hash
 * @param columns the data columns
 */
record SchemaRecord(String table, String schemaHash, List<ColumnDefinition> columns) {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  SchemaRecord {
    columns = List.copyOf(columns);
  }

  /** The record of a definition. */
  static SchemaRecord of(TableDefinition<?> definition) {
    return new SchemaRecord(definition.tableName(), definition.schemaHash(), definition.columns());
  }

  /** The recorded schema of a table, if any. */
  static Optional<SchemaRecord> read(Connection connection, String table) throws SQLException {
    String sql = "SELECT \"schemaHash\", \"columns\" FROM " + SystemTables.SCHEMA + " WHERE \"table\" = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, table);
      try (ResultSet row = statement.executeQuery()) {
        return row.next()
            ? Optional.of(new SchemaRecord(table, row.getString(1), parseColumns(table, row.getString(2))))
            : Optional.empty();
      }
    }
  }

  /** Writes this record, replacing the table's previous one. */
  void write(Connection connection, Instant now) throws SQLException {
    // Every column is given, so a replace is the upsert, also on SQLite before 3.24 (Android before API 30).
    String sql = "INSERT OR REPLACE INTO " + SystemTables.SCHEMA + " (\"table\", \"schemaHash\", \"columns\","
        + " \"formatVersion\", \"updatedAt\") VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, table);
      statement.setString(2, schemaHash);
      statement.setString(3, columnsJson());
      statement.setInt(4, SystemTables.FORMAT_VERSION);
      statement.setLong(5, now.toEpochMilli());
      statement.executeUpdate();
    }
  }

  private String columnsJson() {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartArray();
      for (ColumnDefinition column : columns) {
        out.writeStartObject();
        out.writeStringField("name", column.name());
        out.writeStringField("type", column.type().schemaName());
        out.writeBooleanField("nullable", column.nullable());
        out.writeBooleanField("localOnly", column.localOnly());
        out.writeBooleanField("indexed", column.indexed());
        out.writeEndObject();
      }
      out.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static List<ColumnDefinition> parseColumns(String table, String json) throws SQLException {
    List<ColumnDefinition> columns = new ArrayList<>();
    try (JsonParser in = JSON.createParser(json)) {
      expect(in.nextToken(), JsonToken.START_ARRAY);
      while (in.nextToken() == JsonToken.START_OBJECT) {
        columns.add(parseColumn(in));
      }
      return columns;
    } catch (IOException | IllegalArgumentException e) {
      throw new SQLException("The __schema record of table '" + table + "' is damaged: " + e.getMessage(), e);
    }
  }

  private static ColumnDefinition parseColumn(JsonParser in) throws IOException {
    String name = null;
    ColumnType type = null;
    boolean nullable = true;
    boolean localOnly = false;
    boolean indexed = false;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String field = in.currentName();
      in.nextToken();
      switch (field) {
        case "name" -> name = in.getText();
        case "type" -> type = ColumnType.fromSchemaName(in.getText());
        case "nullable" -> nullable = in.getBooleanValue();
        case "localOnly" -> localOnly = in.getBooleanValue();
        case "indexed" -> indexed = in.getBooleanValue();
        default -> in.skipChildren();
      }
    }
    if (name == null || type == null) {
      throw new IOException("a column lacks its name or type");
    }
    return new ColumnDefinition(name, type, nullable, localOnly, indexed);
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + " but found " + actual);
    }
  }
}
