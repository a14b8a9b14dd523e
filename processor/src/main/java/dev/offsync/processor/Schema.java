package dev.offsync.processor;

import dev.offsync.schema.ColumnDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQLite schema of a table, computed at compile time; its hash is core's {@code SchemaHash} of
 * {@link #definitions}, so the generated hash is by construction the one the runtime and server compute.
 */
final class Schema {

  private Schema() {}

  /** {@code CREATE TABLE IF NOT EXISTS "t" ("id" TEXT PRIMARY KEY NOT NULL, "updatedAt" INTEGER, ...)}. */
  static String createTableSql(String table, List<PropertyModel> columns) {
    StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(quote(table))
        .append(" (\"id\" TEXT PRIMARY KEY NOT NULL, \"updatedAt\" INTEGER, \"version\" TEXT");
    for (PropertyModel column : columns) {
      sql.append(", ").append(quote(column.columnName())).append(' ').append(column.kind().stored().sqliteType());
      if (column.primitive()) {
        sql.append(" NOT NULL");
      }
    }
    return sql.append(')').toString();
  }

  /** An index on {@code updatedAt}, then one per indexed column, each named {@code <table>_<column>}. */
  static List<String> createIndexSql(String table, List<PropertyModel> columns) {
    List<String> statements = new ArrayList<>();
    statements.add(index(table, "updatedAt"));
    for (PropertyModel column : columns) {
      if (column.indexed()) {
        statements.add(index(table, column.columnName()));
      }
    }
    return statements;
  }

  /** Core's column definitions of the data columns, in storage order: what core's {@code SchemaHash} reads. */
  static List<ColumnDefinition> definitions(List<PropertyModel> columns) {
    List<ColumnDefinition> definitions = new ArrayList<>(columns.size());
    for (PropertyModel column : columns) {
      definitions.add(new ColumnDefinition(column.columnName(), column.kind().stored(), !column.primitive(),
          column.localOnly(), column.indexed(), column.serviceOwned()));
    }
    return definitions;
  }

  private static String index(String table, String column) {
    return "CREATE INDEX IF NOT EXISTS " + quote(table + "_" + column) + " ON " + quote(table) + " ("
        + quote(column) + ")";
  }

  private static String quote(String identifier) {
    return '"' + identifier + '"';
  }
}
