package dev.offsync.server.internal.storage;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.server.StoredItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The current row of a list query's result set as a {@link StoredItem}, so that a page is written straight
 * from the cursor into the response: the system properties are read when the cursor moves, each data column
 * only when {@link #value(int)} asks for it, and no map is built unless {@link #values()} is called. One
 * object serves every row of a query: a sink must not keep it past its call.
 */
public final class RowCursor implements StoredItem {

  /** The index of the first data column in the result set; the system columns come first. */
  static final int FIRST_DATA_COLUMN = 5;

  private final ResultSet row;
  private final Dialect dialect;
  private final List<ColumnDefinition> columns;
  private String id;
  private Instant updatedAt;
  private String version;
  private boolean deleted;

  RowCursor(ResultSet row, Dialect dialect, List<ColumnDefinition> columns) {
    this.row = row;
    this.dialect = dialect;
    this.columns = columns;
  }

  /** Moves to the next row; false after the last. */
  boolean next() throws SQLException {
    if (!row.next()) {
      return false;
    }
    id = row.getString(1);
    updatedAt = (Instant) dialect.read(row, 2, ColumnType.DATETIME);
    version = row.getString(3);
    deleted = Boolean.TRUE.equals(dialect.read(row, 4, ColumnType.BOOLEAN));
    return true;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public boolean deleted() {
    return deleted;
  }

  /**
   * The value of the table's data column at {@code index} (in the table's column order) in the current row.
   *
   * @throws StorageException if the driver fails to read it
   */
  public Object value(int index) {
    try {
      return dialect.read(row, FIRST_DATA_COLUMN + index, columns.get(index).type());
    } catch (SQLException e) {
      throw new StorageException("Reading a column of a list page failed", e);
    }
  }

  /** The data columns of the current row as a new map; the page writer reads {@link #value(int)} instead. */
  @Override
  public Map<String, Object> values() {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      values.put(columns.get(i).name(), value(i));
    }
    return Collections.unmodifiableMap(values);
  }
}
