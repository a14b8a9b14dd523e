package dev.offsync.internal.store.sqlite;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL text for one table's rows, built once per definition. Columns are always named, never {@code *},
 * in the local row layout's order, so that columns added in place by a migration (which SQLite appends at
 * the end) are still read and bound in the definition's order.
 */
final class RowSql {

  final String table;
  final String select;
  final String findById;
  final String insert;
  final String replace;
  final String mergeServer;
  final String updateSystem;
  final String delete;
  final String deleteAll;
  /** The number of columns in the local row layout; parameters bound by {@code bindRow}. */
  final int width;

  RowSql(TableDefinition<?> definition) {
    table = Sql.quote(definition.tableName());
    List<String> names = columnNames(definition);
    width = names.size();
    String columns = names.stream().map(Sql::quote).collect(Collectors.joining(", "));
    String parameters = String.join(", ", Collections.nCopies(width, "?"));
    String id = Sql.quote(SystemProperties.ID);
    select = "SELECT " + columns + " FROM " + table;
    findById = select + " WHERE " + id + " = ?";
    insert = "INSERT INTO " + table + " (" + columns + ") VALUES (" + parameters + ")";
    replace = "UPDATE " + table + " SET (" + columns + ") = (" + parameters + ") WHERE " + id + " = ?";
    mergeServer = insert + " ON CONFLICT (" + id + ") DO UPDATE SET " + synchronizedAssignments(definition);
    updateSystem = "UPDATE " + table + " SET " + Sql.quote(SystemProperties.UPDATED_AT) + " = ?, "
        + Sql.quote(SystemProperties.VERSION) + " = ? WHERE " + id + " = ?";
    delete = "DELETE FROM " + table + " WHERE " + id + " = ?";
    deleteAll = "DELETE FROM " + table;
  }

  /** {@code id}, {@code updatedAt}, {@code version}, then the data columns. */
  static List<String> columnNames(TableDefinition<?> definition) {
    List<String> names = new ArrayList<>();
    names.add(SystemProperties.ID);
    names.add(SystemProperties.UPDATED_AT);
    names.add(SystemProperties.VERSION);
    definition.columns().forEach(column -> names.add(column.name()));
    return names;
  }

  private static String synchronizedAssignments(TableDefinition<?> definition) {
    List<String> assignments = new ArrayList<>();
    assignments.add(excluded(SystemProperties.UPDATED_AT));
    assignments.add(excluded(SystemProperties.VERSION));
    for (ColumnDefinition column : definition.columns()) {
      if (!column.localOnly()) {
        assignments.add(excluded(column.name()));
      }
    }
    return String.join(", ", assignments);
  }

  private static String excluded(String column) {
    return Sql.quote(column) + " = excluded." + Sql.quote(column);
  }
}
