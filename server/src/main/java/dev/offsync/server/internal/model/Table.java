package dev.offsync.server.internal.model;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import dev.offsync.server.StoredItem;
import dev.offsync.server.TableSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A table as the server runs it: its schema, its effective page size and case-insensitive column lookup. */
public final class Table {

  private final TableSchema schema;
  private final int pageSize;
  private final Map<String, ColumnDefinition> byLowerName = new LinkedHashMap<>();

  /** The table of this schema; {@code defaultPageSize} applies when the schema does not set one. */
  public Table(TableSchema schema, int defaultPageSize) {
    this.schema = schema;
    this.pageSize = schema.pageSize() > 0 ? schema.pageSize() : defaultPageSize;
    for (ColumnDefinition column : schema.columns()) {
      byLowerName.put(column.name().toLowerCase(Locale.ROOT), column);
    }
  }

  /** The table name. */
  public String name() {
    return schema.name();
  }

  /** The schema it was built from. */
  public TableSchema schema() {
    return schema;
  }

  /** The data columns in order. */
  public List<ColumnDefinition> columns() {
    return schema.columns();
  }

  /** The most rows in one list response. */
  public int pageSize() {
    return pageSize;
  }

  /** Whether DELETE marks rows deleted. */
  public boolean softDelete() {
    return schema.softDelete();
  }

  /**
   * Whether a stored row is the tombstone of a hard-deleted item: on a table without soft delete, a row marked
   * deleted holds only the id, the system properties and the columns that scope its visibility.
   */
  public boolean isTombstone(StoredItem item) {
    return !softDelete() && item.deleted();
  }

  /** The data column with this name, ignoring case. */
  public Optional<ColumnDefinition> column(String name) {
    return Optional.ofNullable(byLowerName.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * Every queryable column with its type, system columns first ({@code id}, {@code updatedAt},
   * {@code version}, {@code deleted}), in their canonical spelling.
   */
  public Map<String, ColumnType> queryColumns() {
    Map<String, ColumnType> map = new LinkedHashMap<>();
    map.put(SystemProperties.ID, ColumnType.STRING);
    map.put(SystemProperties.UPDATED_AT, ColumnType.DATETIME);
    map.put(SystemProperties.VERSION, ColumnType.STRING);
    map.put(SystemProperties.DELETED, ColumnType.BOOLEAN);
    schema.columns().forEach(c -> map.put(c.name(), c.type()));
    return map;
  }
}
