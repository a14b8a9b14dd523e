package dev.offsync.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A generated definition's table in a real SQLite file: its DDL, one row written and read by its codecs. */
final class SqliteTables {

  private SqliteTables() {}

  /** Runs the definition's {@code CREATE TABLE} and {@code CREATE INDEX} statements. */
  static void create(Connection db, TableDefinition<Object> definition) throws SQLException {
    try (Statement ddl = db.createStatement()) {
      ddl.execute(definition.createTableSql());
      for (String index : definition.createIndexSql()) {
        ddl.execute(index);
      }
    }
  }

  /** Inserts one row, bound by the definition's row codec. */
  static void insert(Connection db, TableDefinition<Object> definition, Object entity, SystemProperties system)
      throws SQLException {
    int count = TableDefinition.SYSTEM_COLUMN_COUNT + definition.columns().size();
    String sql = "INSERT INTO \"" + definition.tableName() + "\" VALUES (" + "?, ".repeat(count - 1) + "?)";
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      definition.bindRow(entity, system, statement, 1);
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }

  /** The row with this id, read by the definition's row codec; fails the test if there is none. */
  static Decoded<Object> select(Connection db, TableDefinition<Object> definition, String id) throws SQLException {
    try (PreparedStatement query = db.prepareStatement("SELECT * FROM \"" + definition.tableName()
        + "\" WHERE \"id\" = ?")) {
      query.setString(1, id);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).as("row %s", id).isTrue();
        return definition.readRow(row, 1);
      }
    }
  }
}
