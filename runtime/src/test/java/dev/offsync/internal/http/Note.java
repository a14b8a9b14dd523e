package dev.offsync.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.internal.generated.Values;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** A small model with a hand-written definition, shaped like generated code, for the HTTP layer's tests. */
record Note(String id, String text, Instant updatedAt, String version) {

  static final TableDefinition<Note> DEFINITION = new Definition();

  private static final class Definition implements TableDefinition<Note> {
    @Override
    public String tableName() {
      return "notes";
    }

    @Override
    public Class<Note> entityType() {
      return Note.class;
    }

    @Override
    public List<ColumnDefinition> columns() {
      return List.of(ColumnDefinition.of("text", ColumnType.STRING));
    }

    @Override
    public String createTableSql() {
      return "CREATE TABLE IF NOT EXISTS \"notes\" (\"id\" TEXT PRIMARY KEY NOT NULL, \"updatedAt\" INTEGER,"
          + " \"version\" TEXT, \"text\" TEXT)";
    }

    @Override
    public List<String> createIndexSql() {
      return List.of();
    }

    @Override
    public String schemaHash() {
      return "0";
    }

    @Override
    public SystemProperties systemProperties(Note note) {
      return new SystemProperties(note.id, note.updatedAt, note.version, false);
    }

    @Override
    public Note withSystemProperties(Note note, SystemProperties system) {
      return new Note(system.id(), note.text, system.updatedAt(), system.version());
    }

    @Override
    public void writeJson(Note note, JsonGenerator out) throws IOException {
      out.writeStartObject();
      out.writeStringField("id", note.id);
      out.writeStringField("text", note.text);
      out.writeEndObject();
    }

    @Override
    public Decoded<Note> readJson(JsonParser in) throws IOException {
      String id = null;
      String text = null;
      Instant updatedAt = null;
      String version = null;
      boolean deleted = false;
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        JsonToken token = in.nextToken();
        switch (name) {
          case "id" -> id = in.getValueAsString();
          case "text" -> text = token == JsonToken.VALUE_NULL ? null : in.getText();
          case "updatedAt" -> updatedAt = token == JsonToken.VALUE_NULL ? null : Values.parseInstant(in.getText());
          case "version" -> version = in.getValueAsString();
          case "deleted" -> deleted = token == JsonToken.VALUE_TRUE;
          default -> in.skipChildren();
        }
      }
      return new Decoded<>(new Note(id, text, updatedAt, version),
          new SystemProperties(id, updatedAt, version, deleted));
    }

    @Override
    public void bindRow(Note note, SystemProperties system, PreparedStatement statement, int first)
        throws SQLException {
      throw new SQLException("not used by the HTTP tests");
    }

    @Override
    public Decoded<Note> readRow(ResultSet row, int first) throws SQLException {
      throw new SQLException("not used by the HTTP tests");
    }
  }
}
