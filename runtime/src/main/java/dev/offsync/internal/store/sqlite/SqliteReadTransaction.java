package dev.offsync.internal.store.sqlite;

import dev.offsync.errors.StoreException;
import dev.offsync.query.SqlFragment;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.OperationFilter;
import dev.offsync.store.QueuedOperation;
import dev.offsync.store.ReadTransaction;
import dev.offsync.store.RowQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * A read transaction on one connection. On a file store it is a SQLite transaction of its own, which pins
 * one WAL snapshot until closed; on an in-memory store the lease itself keeps writers out. Not thread-safe:
 * it belongs to the thread that opened it.
 */
class SqliteReadTransaction implements ReadTransaction {

  final SqliteStore store;
  final Connection connection;
  private final Lease lease;
  /** Open query streams; closed with the transaction so no statement outlives it. */
  private final List<Stream<?>> streams = new ArrayList<>();
  private boolean closed;

  /** A transaction on a leased connection; {@code lease} is null for a write transaction. */
  SqliteReadTransaction(SqliteStore store, Connection connection, Lease lease) {
    this.store = store;
    this.connection = connection;
    this.lease = lease;
  }

  @Override
  public <T> Optional<Decoded<T>> find(TableDefinition<T> table, String id) {
    RowSql sql = store.rows(table);
    PreparedStatement statement = null;
    try {
      statement = prepare(sql.findById);
      statement.setString(1, id);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(table.readRow(row, 1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw store.failure("read an item of table '" + table.tableName() + "'", e);
    } finally {
      release(statement);
    }
  }

  @Override
  public <T> Stream<Decoded<T>> query(TableDefinition<T> table, RowQuery query) {
    RowSql sql = store.rows(table);
    PreparedStatement statement = null;
    try {
      SqlFragment select = QuerySql.select(sql, query);
      statement = connection.prepareStatement(select.sql());
      QuerySql.bind(statement, select);
      ResultSet rows = statement.executeQuery();
      PreparedStatement open = statement;
      Stream<Decoded<T>> stream = StreamSupport.stream(new RowSpliterator<>(table, rows), false)
          .onClose(() -> closeStatement(open));
      streams.add(stream);
      return stream;
    } catch (SQLException e) {
      if (statement != null) {
        closeStatement(statement);
      }
      throw store.failure("query table '" + table.tableName() + "'", e);
    }
  }

  @Override
  public long count(TableDefinition<?> table, RowQuery query) {
    SqlFragment count = QuerySql.count(store.rows(table), query);
    try (PreparedStatement statement = connection.prepareStatement(count.sql())) {
      QuerySql.bind(statement, count);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw store.failure("count items of table '" + table.tableName() + "'", e);
    }
  }

  @Override
  public Optional<QueuedOperation> operation(String table, String itemId) {
    PreparedStatement statement = null;
    try {
      statement = prepare(OperationSql.BY_ITEM);
      statement.setString(1, table);
      statement.setString(2, itemId);
      return readOperation(statement);
    } catch (SQLException e) {
      throw store.failure("read the operations queue", e);
    } finally {
      release(statement);
    }
  }

  @Override
  public Optional<QueuedOperation> operation(long sequence) {
    PreparedStatement statement = null;
    try {
      statement = prepare(OperationSql.BY_SEQUENCE);
      statement.setLong(1, sequence);
      return readOperation(statement);
    } catch (SQLException e) {
      throw store.failure("read the operations queue", e);
    } finally {
      release(statement);
    }
  }

  private static Optional<QueuedOperation> readOperation(PreparedStatement statement) throws SQLException {
    try (ResultSet row = statement.executeQuery()) {
      return row.next() ? Optional.of(OperationSql.read(row)) : Optional.empty();
    }
  }

  @Override
  public List<QueuedOperation> operations(OperationFilter filter) {
    // A pull asks this once per page (are any operations queued for the table?): a write reuses the statement.
    PreparedStatement statement = null;
    try {
      statement = prepare(OperationSql.select(filter));
      OperationSql.bindFilter(statement, filter);
      List<QueuedOperation> operations = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          operations.add(OperationSql.read(rows));
        }
      }
      return operations;
    } catch (SQLException e) {
      throw store.failure("read the operations queue", e);
    } finally {
      release(statement);
    }
  }

  @Override
  public Map<String, Long> operationCounts() {
    try (PreparedStatement statement = connection.prepareStatement(OperationSql.COUNTS);
        ResultSet rows = statement.executeQuery()) {
      Map<String, Long> counts = new LinkedHashMap<>();
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getLong(2));
      }
      return counts;
    } catch (SQLException e) {
      throw store.failure("count the operations queue", e);
    }
  }

  @Override
  public Optional<String> deltaToken(String table, String queryId) {
    try (PreparedStatement statement = connection.prepareStatement(OperationSql.TOKEN)) {
      statement.setString(1, table);
      statement.setString(2, queryId);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw store.failure("read a delta token", e);
    }
  }

  @Override
  public Map<String, String> deltaTokens(String table) {
    try (PreparedStatement statement = connection.prepareStatement(OperationSql.TOKENS)) {
      statement.setString(1, table);
      Map<String, String> tokens = new LinkedHashMap<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          tokens.put(row.getString(1), row.getString(2));
        }
      }
      return tokens;
    } catch (SQLException e) {
      throw store.failure("read the delta tokens of table '" + table + "'", e);
    }
  }

  @Override
  public Optional<String> schemaHash(String table) {
    String sql = "SELECT \"schemaHash\" FROM " + SystemTables.SCHEMA + " WHERE \"table\" = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, table);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw store.failure("read the schema record of table '" + table + "'", e);
    }
  }

  /** Closes the streams, ends the SQLite transaction if this one began it, and returns the connection. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeStreams();
    if (lease != null) {
      try {
        if (lease.ownTransaction()) {
          store.endRead(connection);
        }
      } finally {
        lease.close();
      }
    }
  }

  /** Closes every stream this transaction returned. */
  final void closeStreams() {
    List<Stream<?>> open = new ArrayList<>(streams);
    streams.clear();
    open.forEach(Stream::close);
  }

  /**
   * A statement for one use, given back with {@link #release}. A read prepares a new one; a write
   * transaction reuses the writer's cached statements.
   */
  PreparedStatement prepare(String sql) throws SQLException {
    return connection.prepareStatement(sql);
  }

  /** Gives back a statement from {@link #prepare}; null is ignored. */
  void release(PreparedStatement statement) {
    if (statement != null) {
      closeStatement(statement);
    }
  }

  private void closeStatement(PreparedStatement statement) {
    try {
      statement.close();
    } catch (SQLException ignored) {
      // The transaction ends right after; SQLite releases the statement with it.
    }
  }

  /** Reads rows one at a time from an open result set. */
  private final class RowSpliterator<T> extends Spliterators.AbstractSpliterator<Decoded<T>> {

    private final TableDefinition<T> table;
    private final ResultSet rows;

    RowSpliterator(TableDefinition<T> table, ResultSet rows) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.table = table;
      this.rows = rows;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Decoded<T>> action) {
      Decoded<T> next;
      try {
        if (!rows.next()) {
          return false;
        }
        next = table.readRow(rows, 1);
      } catch (SQLException e) {
        throw store.failure("read table '" + table.tableName() + "'", e);
      } catch (RuntimeException e) {
        throw new StoreException("Cannot read a row of table '" + table.tableName() + "' in the local store "
            + store.describe() + ": " + e.getMessage(), e);
      }
      action.accept(next);
      return true;
    }
  }
}
