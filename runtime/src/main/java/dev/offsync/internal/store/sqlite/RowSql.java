package dev.offsync.internal.store.sqlite;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SQL text for one table's rows, built once per definition. Columns are always named, never {@code *},
 * in the local row layout's order, so that columns added in place by a migration (which SQLite appends at
 * the end) are still read and bound in the definition's order. Public for the Android store, which runs the
 * same SQL on {@code android.database.sqlite}.
 */
public final class RowSql {

  public final String table;
  public final String select;
  public final String findById;
  public final String insert;
  public final String replace;
  /** An upsert: needs SQLite 3.24 (Android API 30); {@link #mergeServerUpdate} is the older form. */
  final String mergeServer;
  /**
   * The update half of {@link #mergeServer} for SQLite before 3.24: sets the system and synchronized columns
   * of the row whose id is the last parameter; its parameters are the row's values at
   * {@link #mergeServerParameters} (0-based positions in the local row layout), then the id.
   */
  public final String mergeServerUpdate;
  /** The positions in the local row layout of {@link #mergeServerUpdate}'s parameters, id last. */
  private final int[] mergeServerParameters;
  public final String updateSystem;
  public final String delete;
  public final String deleteAll;
  /** The number of columns in the local row layout; parameters bound by {@code bindRow}. */
  public final int width;

  /** The SQL of a table's rows. */
  public RowSql(TableDefinition<?> definition) {
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
    mergeServerParameters = synchronizedPositions(definition);
    List<String> assignments = new ArrayList<>();
    for (int i = 0; i < mergeServerParameters.length - 1; i++) {
      assignments.add(Sql.quote(names.get(mergeServerParameters[i])) + " = ?");
    }
    mergeServerUpdate = "UPDATE " + table + " SET " + String.join(", ", assignments) + " WHERE " + id + " = ?";
    updateSystem = "UPDATE " + table + " SET " + Sql.quote(SystemProperties.UPDATED_AT) + " = ?, "
        + Sql.quote(SystemProperties.VERSION) + " = ? WHERE " + id + " = ?";
    delete = "DELETE FROM " + table + " WHERE " + id + " = ?";
    deleteAll = "DELETE FROM " + table;
  }

  /** {@code id}, {@code updatedAt}, {@code version}, then the data columns. */
  public static List<String> columnNames(TableDefinition<?> definition) {
    List<String> names = new ArrayList<>();
    names.add(SystemProperties.ID);
    names.add(SystemProperties.UPDATED_AT);
    names.add(SystemProperties.VERSION);
    definition.columns().forEach(column -> names.add(column.name()));
    return names;
  }

  /** The parameters of {@link #mergeServerUpdate}, taken from a full row's values. */
  public Object[] mergeServerArguments(Object[] row) {
    return IntStream.of(mergeServerParameters).mapToObj(i -> row[i]).toArray();
  }

  /** {@code updatedAt}, {@code version} and every synchronized data column, then {@code id}. */
  private static int[] synchronizedPositions(TableDefinition<?> definition) {
    IntStream.Builder positions = IntStream.builder().add(1).add(2);
    List<ColumnDefinition> columns = definition.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (!columns.get(i).localOnly()) {
        positions.add(TableDefinition.SYSTEM_COLUMN_COUNT + i);
      }
    }
    return positions.add(0).build().toArray();
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
