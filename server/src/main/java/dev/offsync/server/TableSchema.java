package dev.offsync.server;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One table of the service: its name, its data columns and its options.
 *
 * <p>The system columns {@code id}, {@code updatedAt}, {@code version} and {@code deleted} are implicit.
 *
 * @param name the table name, matching {@code ^[a-z][a-z0-9_]{0,63}$}; the route is {@code /tables/{name}}
 * @param columns the data columns; local-only columns are not allowed here
 * @param softDelete whether DELETE marks rows {@code deleted} instead of removing them
 * @param pageSize the most rows in one list response; 0 uses the server's page size
 * @param ownerColumn a string column that the server fills with the caller's user id on create and uses to
 *     scope every read and write to the caller's rows, or null
 */
public record TableSchema(String name, List<ColumnDefinition> columns, boolean softDelete, int pageSize,
    String ownerColumn) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  private static final Set<String> SYSTEM = Set.of(SystemProperties.ID.toLowerCase(Locale.ROOT),
      SystemProperties.UPDATED_AT.toLowerCase(Locale.ROOT), SystemProperties.VERSION.toLowerCase(Locale.ROOT),
      SystemProperties.DELETED.toLowerCase(Locale.ROOT));

  /** Checks the name, the columns (unique ignoring case, not system names, not local-only) and the options. */
  public TableSchema {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Invalid table name '" + name + "': use lower-case letters, digits and"
          + " underscores, starting with a letter, at most 64 characters");
    }
    checkColumns(name, columns);
    if (pageSize < 0) {
      throw new IllegalArgumentException("Table '" + name + "': pageSize must not be negative");
    }
    if (ownerColumn != null && columns.stream().noneMatch(c -> c.name().equals(ownerColumn)
        && c.type() == ColumnType.STRING)) {
      throw new IllegalArgumentException("Table '" + name + "': owner column '" + ownerColumn
          + "' must be one of the table's string columns");
    }
  }

  /** A table with these columns, hard delete, the server's page size and no owner column. */
  public static TableSchema of(String name, List<ColumnDefinition> columns) {
    return new TableSchema(name, columns, false, 0, null);
  }

  /** The service's schema of a generated table: its name and its columns without the local-only ones. */
  public static TableSchema of(TableDefinition<?> definition) {
    return of(definition.tableName(), definition.columns().stream().filter(c -> !c.localOnly()).toList());
  }

  /** The same table with soft delete on or off. */
  public TableSchema withSoftDelete(boolean on) {
    return new TableSchema(name, columns, on, pageSize, ownerColumn);
  }

  /** The same table with its own page size (0 for the server's). */
  public TableSchema withPageSize(int rows) {
    return new TableSchema(name, columns, softDelete, rows, ownerColumn);
  }

  /** The same table with an owner column (null for none). */
  public TableSchema withOwnerColumn(String column) {
    return new TableSchema(name, columns, softDelete, pageSize, column);
  }

  private static void checkColumns(String table, List<ColumnDefinition> columns) {
    Set<String> seen = new HashSet<>();
    for (ColumnDefinition column : columns) {
      String key = column.name().toLowerCase(Locale.ROOT);
      String where = "Table '" + table + "', column '" + column.name() + "': ";
      if (SYSTEM.contains(key)) {
        throw new IllegalArgumentException(where + "is a system column name; remove it, the server adds it");
      }
      if (!seen.add(key)) {
        throw new IllegalArgumentException(where + "is declared twice (names are compared ignoring case)");
      }
      if (column.localOnly()) {
        throw new IllegalArgumentException(where + "is local-only; the service does not store it");
      }
    }
  }
}
