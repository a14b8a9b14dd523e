package dev.offsync.android.internal;

import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;
import dev.offsync.errors.StoreException;
import dev.offsync.internal.store.sqlite.OperationSql;
import dev.offsync.internal.store.sqlite.QuerySql;
import dev.offsync.internal.store.sqlite.RowSql;
import dev.offsync.query.SqlFragment;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.OperationFilter;
import dev.offsync.store.QueuedOperation;
import dev.offsync.store.ReadTransaction;
import dev.offsync.store.RowQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A read transaction. On a reader it holds a {@code SAVEPOINT} open on the reader's only connection, which
 * pins one WAL snapshot from the first read until {@link #close}; in a write transaction (a subclass) it
 * reads the writer's own changes. Not thread-safe: it belongs to the thread that opened it.
 */
class AndroidReadTransaction implements ReadTransaction {

  private static final String SNAPSHOT = "offsync_read";
  private static final String SCHEMA_HASH = "SELECT \"schemaHash\" FROM \"__schema\" WHERE \"table\" = ?";

  final AndroidStore store;
  final SQLiteDatabase database;
  /** Gives the reader back; null in a write transaction, which the store ends. */
  private final Runnable release;
  /** Open query streams; closed with the transaction so no cursor outlives it. */
  private final List<Stream<?>> streams = new ArrayList<>();
  private boolean closed;

  /** A read transaction on a lent reader, which {@code release} gives back. */
  AndroidReadTransaction(AndroidStore store, SQLiteDatabase reader, Runnable release) {
    this(store, reader, release, true);
  }

  /** A transaction on {@code database}; a write transaction passes no release and no snapshot. */
  AndroidReadTransaction(AndroidStore store, SQLiteDatabase database, Runnable release, boolean snapshot) {
    this.store = store;
    this.database = database;
    this.release = release;
    if (snapshot) {
      store.call("begin a read", () -> {
        database.execSQL("SAVEPOINT " + SNAPSHOT);
        return null;
      });
    }
  }

  /** Runs a read, failing with a store error once this transaction or its store is closed. */
  <R> R run(String action, Storage<R> storage) {
    checkOpen();
    return store.call(action, () -> {
      try {
        return storage.run();
      } catch (SQLException e) {
        throw new StoreException("Could not " + action + " in the local store " + store.describe() + ": "
            + e.getMessage(), e);
      }
    });
  }

  /** Fails once this transaction or its store is closed. */
  void checkOpen() {
    if (closed) {
      throw new StoreException("This read transaction of the local store " + store.describe() + " is closed");
    }
    store.checkReadable();
  }

  /** A read through the JDBC views, which declare {@link SQLException}. */
  interface Storage<R> {
    R run() throws SQLException;
  }

  @Override
  public <T> Optional<Decoded<T>> find(TableDefinition<T> table, String id) {
    RowSql sql = store.rows(table);
    return run("read an item of table '" + table.tableName() + "'",
        () -> first(sql.findById, row -> table.readRow(row, 1), id));
  }

  @Override
  public <T> Stream<Decoded<T>> query(TableDefinition<T> table, RowQuery query) {
    SqlFragment select = QuerySql.select(store.rows(table), query);
    Cursor cursor = run("query table '" + table.tableName() + "'",
        () -> Statements.query(database, select.sql(), select.parameters().toArray()));
    Stream<Decoded<T>> stream = StreamSupport.stream(new RowSpliterator<>(table, cursor), false)
        .onClose(cursor::close);
    streams.add(stream);
    return stream;
  }

  @Override
  public long count(TableDefinition<?> table, RowQuery query) {
    SqlFragment count = QuerySql.count(store.rows(table), query);
    return run("count items of table '" + table.tableName() + "'",
        () -> first(count.sql(), row -> row.getLong(1), count.parameters().toArray()).orElse(0L));
  }

  @Override
  public Optional<QueuedOperation> operation(String table, String itemId) {
    return run("read the operations queue", () -> first(OperationSql.BY_ITEM, OperationSql::read, table, itemId));
  }

  @Override
  public Optional<QueuedOperation> operation(long sequence) {
    return run("read the operations queue", () -> first(OperationSql.BY_SEQUENCE, OperationSql::read, sequence));
  }

  @Override
  public List<QueuedOperation> operations(OperationFilter filter) {
    return run("read the operations queue", () -> {
      Jdbc.Arguments arguments = new Jdbc.Arguments();
      OperationSql.bindFilter(arguments.statement(), filter);
      List<QueuedOperation> operations = new ArrayList<>();
      each(OperationSql.select(filter), row -> operations.add(OperationSql.read(row)), arguments.values());
      return operations;
    });
  }

  @Override
  public Map<String, Long> operationCounts() {
    return run("count the operations queue", () -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      each(OperationSql.COUNTS, row -> counts.put(row.getString(1), row.getLong(2)));
      return counts;
    });
  }

  @Override
  public Optional<String> deltaToken(String table, String queryId) {
    return run("read a delta token", () -> first(OperationSql.TOKEN, row -> row.getString(1), table, queryId));
  }

  @Override
  public Map<String, String> deltaTokens(String table) {
    return run("read the delta tokens of table '" + table + "'", () -> {
      Map<String, String> tokens = new LinkedHashMap<>();
      each(OperationSql.TOKENS, row -> tokens.put(row.getString(1), row.getString(2)), table);
      return tokens;
    });
  }

  @Override
  public Optional<String> schemaHash(String table) {
    return run("read the schema record of table '" + table + "'",
        () -> first(SCHEMA_HASH, row -> row.getString(1), table));
  }

  /** Reads one row of a JDBC-style result. */
  interface RowReader<R> {
    R read(ResultSet row) throws SQLException;
  }

  /** Visits each row of a JDBC-style result. */
  interface RowVisitor {
    void visit(ResultSet row) throws SQLException;
  }

  private <R> Optional<R> first(String sql, RowReader<R> reader, Object... arguments) throws SQLException {
    try (Cursor cursor = Statements.query(database, sql, arguments)) {
      ResultSet row = Jdbc.resultSet(cursor);
      return row.next() ? Optional.of(reader.read(row)) : Optional.empty();
    }
  }

  private void each(String sql, RowVisitor visitor, Object... arguments) throws SQLException {
    try (Cursor cursor = Statements.query(database, sql, arguments)) {
      ResultSet row = Jdbc.resultSet(cursor);
      while (row.next()) {
        visitor.visit(row);
      }
    }
  }

  /** Closes the streams, ends the snapshot and gives the reader back. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeStreams();
    if (release != null) {
      try {
        if (!store.isClosing()) {
          database.execSQL("RELEASE " + SNAPSHOT);
        }
      } catch (RuntimeException e) {
        // A reader that cannot end its snapshot is closed rather than reused (giveBack checks isOpen).
        database.close();
      } finally {
        release.run();
      }
    }
  }

  /** Closes every stream this transaction returned. */
  final void closeStreams() {
    List<Stream<?>> open = new ArrayList<>(streams);
    streams.clear();
    open.forEach(Stream::close);
  }

  /** Reads rows one at a time from an open cursor. */
  private final class RowSpliterator<T> extends Spliterators.AbstractSpliterator<Decoded<T>> {

    private final TableDefinition<T> table;
    private final ResultSet rows;

    RowSpliterator(TableDefinition<T> table, Cursor cursor) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.table = table;
      this.rows = Jdbc.resultSet(cursor);
    }

    @Override
    public boolean tryAdvance(Consumer<? super Decoded<T>> action) {
      Decoded<T> next;
      try {
        next = run("read table '" + table.tableName() + "'", () -> rows.next() ? table.readRow(rows, 1) : null);
      } catch (StoreException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new StoreException("Cannot read a row of table '" + table.tableName() + "' in the local store "
            + store.describe() + ": " + e.getMessage(), e);
      }
      if (next == null) {
        return false;
      }
      action.accept(next);
      return true;
    }
  }
}
