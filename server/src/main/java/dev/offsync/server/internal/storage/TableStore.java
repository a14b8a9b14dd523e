package dev.offsync.server.internal.storage;

import static dev.offsync.server.internal.storage.Sql.quote;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import dev.offsync.server.StoredItem;
import dev.offsync.server.internal.model.Item;
import dev.offsync.server.internal.model.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** The SQL of one table: find, insert, update, list, count and the table's clock. */
public final class TableStore {

  private final Dialect dialect;
  private final Table table;
  private final String columnList;
  private final String name;

  /** The statements of this table in this dialect. */
  public TableStore(Dialect dialect, Table table) {
    this.dialect = dialect;
    this.table = table;
    this.name = quote(table.name());
    StringJoiner columns = new StringJoiner(", ");
    columns.add(quote(SystemProperties.ID)).add(quote(SystemProperties.UPDATED_AT))
        .add(quote(SystemProperties.VERSION)).add(quote(SystemProperties.DELETED));
    table.columns().forEach(c -> columns.add(quote(c.name())));
    this.columnList = columns.toString();
  }

  /** The row with this id, deleted or not. */
  public Optional<Item> find(Connection connection, String id) throws SQLException {
    String sql = "SELECT " + columnList + " FROM " + name + " WHERE " + quote(SystemProperties.ID) + " = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, id);
      try (ResultSet row = statement.executeQuery()) {
        RowCursor cursor = new RowCursor(row, dialect, table.columns());
        return cursor.next() ? Optional.of(Item.from(cursor)) : Optional.empty();
      }
    }
  }

  /** Inserts a new row. */
  public void insert(Connection connection, Item item) throws SQLException {
    String placeholders = "?, ".repeat(3 + table.columns().size()) + "?";
    String sql = "INSERT INTO " + name + " (" + columnList + ") VALUES (" + placeholders + ")";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, item.id());
      int next = bindState(statement, 2, item);
      bindValues(statement, next, item);
      statement.executeUpdate();
    }
  }

  /** Replaces every column of an existing row. */
  public void update(Connection connection, Item item) throws SQLException {
    StringJoiner sets = new StringJoiner(", ");
    sets.add(quote(SystemProperties.UPDATED_AT) + " = ?").add(quote(SystemProperties.VERSION) + " = ?")
        .add(quote(SystemProperties.DELETED) + " = ?");
    table.columns().forEach(c -> sets.add(quote(c.name()) + " = ?"));
    String sql = "UPDATE " + name + " SET " + sets + " WHERE " + quote(SystemProperties.ID) + " = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int next = bindValues(statement, bindState(statement, 1, item), item);
      statement.setString(next, item.id());
      statement.executeUpdate();
    }
  }

  /**
   * Hands the rows of one page to {@code sink}, in order, while the cursor is open: one {@link RowCursor} moved
   * from row to row, which the sink reads (or copies) during its call and must not keep.
   */
  public void list(Connection connection, ListSpec spec, Consumer<? super StoredItem> sink) throws SQLException {
    String sql = "SELECT " + columnList + " FROM " + name + spec.whereClause() + " ORDER BY " + spec.orderBy()
        + " LIMIT ? OFFSET ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int next = bindParameters(statement, spec.parameters());
      statement.setInt(next, spec.limit());
      statement.setLong(next + 1, spec.offset());
      try (ResultSet row = statement.executeQuery()) {
        RowCursor cursor = new RowCursor(row, dialect, table.columns());
        while (cursor.next()) {
          sink.accept(cursor);
        }
      }
    }
  }

  /** The number of rows that match the conditions, ignoring order and paging. */
  public long count(Connection connection, ListSpec spec) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + name
        + spec.whereClause())) {
      bindParameters(statement, spec.parameters());
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /**
   * The next {@code updatedAt} of this table: {@code now}, or one millisecond after the last one given out if
   * that is not earlier. The upsert locks the table's clock row until the transaction ends, so writers of one
   * table commit in the order of their timestamps (DESIGN.md invariant 8).
   */
  public Instant nextTimestamp(Connection connection, Instant now) throws SQLException {
    String clock = quote(Sql.CLOCK_TABLE);
    String last = quote("last");
    String sql = "INSERT INTO " + clock + " (" + quote("table") + ", " + last + ") VALUES (?, ?) ON CONFLICT ("
        + quote("table") + ") DO UPDATE SET " + last + " = " + dialect.greatest() + "(excluded." + last + ", "
        + clock + "." + last + " + 1) RETURNING " + last;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, table.name());
      statement.setLong(2, now.toEpochMilli());
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return Instant.ofEpochMilli(row.getLong(1));
      }
    }
  }

  /** Moves the clock to at least the newest stored {@code updatedAt}, for tables written before it existed. */
  void seedClock(Connection connection) throws SQLException {
    Instant newest = Instant.EPOCH;
    String sql = "SELECT MAX(" + quote(SystemProperties.UPDATED_AT) + ") FROM " + name;
    try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
      if (row.next()) {
        Object value = dialect.read(row, 1, ColumnType.DATETIME);
        newest = value == null ? newest : (Instant) value;
      }
    }
    nextTimestamp(connection, newest);
  }

  private int bindState(PreparedStatement statement, int first, Item item) throws SQLException {
    dialect.bind(statement, first, ColumnType.DATETIME, item.updatedAt());
    statement.setString(first + 1, item.version());
    dialect.bind(statement, first + 2, ColumnType.BOOLEAN, item.deleted());
    return first + 3;
  }

  private int bindValues(PreparedStatement statement, int first, Item item) throws SQLException {
    int index = first;
    for (ColumnDefinition column : table.columns()) {
      dialect.bind(statement, index++, column.type(), item.values().get(column.name()));
    }
    return index;
  }

  private static int bindParameters(PreparedStatement statement, List<Object> parameters) throws SQLException {
    int index = 1;
    for (Object parameter : parameters) {
      statement.setObject(index++, parameter);
    }
    return index;
  }
}
