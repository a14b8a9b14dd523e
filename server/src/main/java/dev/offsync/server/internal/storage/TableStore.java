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

  /** PostgreSQL: the time the clock's upsert in a statement's {@code clock} CTE gave out, as a timestamptz. */
  private static final String STAMP = "SELECT TIMESTAMPTZ 'epoch' + " + quote("last")
      + " * INTERVAL '1 millisecond' FROM clock";

  private final Dialect dialect;
  private final Table table;
  private final StatementCache statements;
  private final String columnList;
  private final String name;
  private final String findSql;
  private final String insertSql;
  private final String updateSql;
  private final String clockSql;
  private final String stampAndInsertSql;
  private final String stampAndUpdateSql;

  /** The statements of this table in this dialect, the write path's prepared once per connection. */
  TableStore(Dialect dialect, Table table, StatementCache statements) {
    this.dialect = dialect;
    this.table = table;
    this.statements = statements;
    this.name = quote(table.name());
    StringJoiner columns = new StringJoiner(", ");
    columns.add(quote(SystemProperties.ID)).add(quote(SystemProperties.UPDATED_AT))
        .add(quote(SystemProperties.VERSION)).add(quote(SystemProperties.DELETED));
    table.columns().forEach(c -> columns.add(quote(c.name())));
    this.columnList = columns.toString();
    this.findSql = "SELECT " + columnList + " FROM " + name + " WHERE " + quote(SystemProperties.ID) + " = ?";
    this.clockSql = clockSql(dialect);
    this.insertSql = "INSERT INTO " + name + " (" + columnList + ") VALUES (?, " + "?, ".repeat(2
        + table.columns().size()) + "?)";
    this.updateSql = "UPDATE " + name + " SET " + sets("?") + " WHERE " + quote(SystemProperties.ID) + " = ?";
    String withClock = "WITH clock AS (" + clockSql + ") ";
    this.stampAndInsertSql = withClock + "INSERT INTO " + name + " (" + columnList + ") VALUES (?, (" + STAMP
        + "), " + "?, ".repeat(1 + table.columns().size()) + "?) ON CONFLICT (" + quote(SystemProperties.ID)
        + ") DO NOTHING RETURNING " + quote(SystemProperties.UPDATED_AT);
    this.stampAndUpdateSql = withClock + "UPDATE " + name + " SET " + sets("(" + STAMP + ")") + " WHERE "
        + quote(SystemProperties.ID) + " = ? AND " + quote(SystemProperties.VERSION) + " = ? RETURNING "
        + quote(SystemProperties.UPDATED_AT);
  }

  /** The name of the table. */
  String tableName() {
    return table.name();
  }

  /** The row with this id, deleted or not. */
  public Optional<Item> find(Connection connection, String id) throws SQLException {
    try (StatementCache.Lease lease = statements.prepare(connection, findSql)) {
      PreparedStatement statement = lease.statement();
      statement.setString(1, id);
      try (ResultSet row = statement.executeQuery()) {
        RowCursor cursor = new RowCursor(row, dialect, table.columns());
        return cursor.next() ? Optional.of(Item.from(cursor)) : Optional.empty();
      }
    }
  }

  /** Inserts a new row. */
  public void insert(Connection connection, Item item) throws SQLException {
    try (StatementCache.Lease lease = statements.prepare(connection, insertSql)) {
      PreparedStatement statement = lease.statement();
      statement.setString(1, item.id());
      int next = bindState(statement, 2, item);
      bindValues(statement, next, item);
      statement.executeUpdate();
    }
  }

  /** Replaces every column of an existing row. */
  public void update(Connection connection, Item item) throws SQLException {
    try (StatementCache.Lease lease = statements.prepare(connection, updateSql)) {
      PreparedStatement statement = lease.statement();
      int next = bindValues(statement, bindState(statement, 1, item), item);
      statement.setString(next, item.id());
      statement.executeUpdate();
    }
  }

  /**
   * PostgreSQL: takes the table's next {@code updatedAt} (at least {@code earliest}) and inserts the item with
   * it, in one statement, so the clock row stays locked only from here to the commit. Empty when a row with
   * this id exists after all (a concurrent create committed first): nothing is inserted.
   */
  Optional<Instant> stampAndInsert(Connection connection, Item item, Instant earliest) throws SQLException {
    try (StatementCache.Lease lease = statements.prepare(connection, stampAndInsertSql)) {
      PreparedStatement statement = lease.statement();
      int next = bindClock(statement, earliest);
      statement.setString(next, item.id());
      bindValues(statement, bindVersionAndDeleted(statement, next + 1, item), item);
      return stamp(statement);
    }
  }

  /**
   * PostgreSQL: takes the table's next {@code updatedAt} (at least {@code earliest}) and replaces the row with
   * it, in one statement, if the row still has the version {@code replaced} (every write gives a row a new
   * one). Empty when no row has this id and that version (another write replaced it since it was read):
   * nothing is stored.
   */
  Optional<Instant> stampAndUpdate(Connection connection, Item item, String replaced, Instant earliest)
      throws SQLException {
    try (StatementCache.Lease lease = statements.prepare(connection, stampAndUpdateSql)) {
      PreparedStatement statement = lease.statement();
      int next = bindValues(statement, bindVersionAndDeleted(statement, bindClock(statement, earliest), item), item);
      statement.setString(next, item.id());
      statement.setString(next + 1, replaced);
      return stamp(statement);
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
    try (StatementCache.Lease lease = statements.prepare(connection, clockSql)) {
      PreparedStatement statement = lease.statement();
      bindClock(statement, now);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return Instant.ofEpochMilli(row.getLong(1));
      }
    }
  }

  /** The clock's upsert: {@code now}, or one millisecond after the last time given out if that is not earlier. */
  private static String clockSql(Dialect dialect) {
    String clock = quote(Sql.CLOCK_TABLE);
    String last = quote("last");
    return "INSERT INTO " + clock + " (" + quote("table") + ", " + last + ") VALUES (?, ?) ON CONFLICT ("
        + quote("table") + ") DO UPDATE SET " + last + " = " + dialect.greatest() + "(excluded." + last + ", "
        + clock + "." + last + " + 1) RETURNING " + last;
  }

  private int bindClock(PreparedStatement statement, Instant now) throws SQLException {
    statement.setString(1, table.name());
    statement.setLong(2, now.toEpochMilli());
    return 3;
  }

  private Optional<Instant> stamp(PreparedStatement statement) throws SQLException {
    try (ResultSet row = statement.executeQuery()) {
      return row.next() ? Optional.of((Instant) dialect.read(row, 1, ColumnType.DATETIME)) : Optional.empty();
    }
  }

  /** {@code updatedAt = <updatedAt>, version = ?, deleted = ?, <column> = ?...}. */
  private String sets(String updatedAt) {
    StringJoiner sets = new StringJoiner(", ");
    sets.add(quote(SystemProperties.UPDATED_AT) + " = " + updatedAt).add(quote(SystemProperties.VERSION) + " = ?")
        .add(quote(SystemProperties.DELETED) + " = ?");
    table.columns().forEach(c -> sets.add(quote(c.name()) + " = ?"));
    return sets.toString();
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
    return bindVersionAndDeleted(statement, first + 1, item);
  }

  private int bindVersionAndDeleted(PreparedStatement statement, int first, Item item) throws SQLException {
    statement.setString(first, item.version());
    dialect.bind(statement, first + 1, ColumnType.BOOLEAN, item.deleted());
    return first + 2;
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
