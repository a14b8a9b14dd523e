package dev.offsync.internal.store.sqlite;

import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.QueuedOperation;
import dev.offsync.store.WriteTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.List;

/**
 * A write transaction on the writer connection, which the store holds exclusively around it; the store
 * commits or rolls it back. Not thread-safe: it belongs to the thread inside {@code LocalStore.write}.
 */
final class SqliteWriteTransaction extends SqliteReadTransaction implements WriteTransaction {

  private final Clock clock;
  private final StatementCache statements;

  SqliteWriteTransaction(SqliteStore store, Connection connection, Clock clock, StatementCache statements) {
    super(store, connection, null);
    this.clock = clock;
    this.statements = statements;
  }

  /** The writer's cached statement: a page or a bulk insert runs the same few thousands of times. */
  @Override
  PreparedStatement prepare(String sql) throws SQLException {
    return statements.get(connection, sql);
  }

  /** Keeps the statement for the next use. */
  @Override
  void release(PreparedStatement statement) {
    // Cached: it stays open with the writer connection.
  }

  @Override
  public <T> void insertRow(TableDefinition<T> table, T entity, SystemProperties system) {
    writeRow(table, store.rows(table).insert, entity, system, "insert an item into table");
  }

  @Override
  public <T> boolean replaceRow(TableDefinition<T> table, T entity, SystemProperties system) {
    RowSql sql = store.rows(table);
    try {
      PreparedStatement statement = prepare(sql.replace);
      table.bindRow(entity, system, statement, 1);
      statement.setString(sql.width + 1, system.id());
      return statement.executeUpdate() > 0;
    } catch (SQLException e) {
      throw store.failure("update an item of table '" + table.tableName() + "'", e);
    }
  }

  @Override
  public <T> void mergeServerRow(TableDefinition<T> table, T entity, SystemProperties system) {
    writeRow(table, store.rows(table).mergeServer, entity, system, "write the service's copy of an item of table");
  }

  /**
   * One JDBC batch of the page's rows on the cached upsert statement. {@code bindRow} takes the system
   * properties apart, so the entities are not copied to carry them.
   */
  @Override
  public <T> void mergeServerRows(TableDefinition<T> table, List<Decoded<T>> items) {
    if (items.isEmpty()) {
      return;
    }
    try {
      PreparedStatement statement = prepare(store.rows(table).mergeServer);
      try {
        for (Decoded<T> item : items) {
          table.bindRow(item.entity(), item.system(), statement, 1);
          statement.addBatch();
        }
        statement.executeBatch();
      } finally {
        statement.clearBatch();
      }
    } catch (SQLException e) {
      throw store.failure("write the service's copies of items of table '" + table.tableName() + "'", e);
    }
  }

  /** Binds the full row to a statement whose parameters are exactly the row, and runs it. */
  private <T> void writeRow(TableDefinition<T> table, String sql, T entity, SystemProperties system,
      String action) {
    try {
      PreparedStatement statement = prepare(sql);
      table.bindRow(entity, system, statement, 1);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw store.failure(action + " '" + table.tableName() + "'", e);
    }
  }

  @Override
  public boolean updateSystemProperties(TableDefinition<?> table, SystemProperties system) {
    RowSql sql = store.rows(table);
    try {
      PreparedStatement statement = prepare(sql.updateSystem);
      if (system.updatedAt() == null) {
        statement.setNull(1, Types.INTEGER);
      } else {
        statement.setLong(1, system.updatedAt().toEpochMilli());
      }
      statement.setString(2, system.version());
      statement.setString(3, system.id());
      return statement.executeUpdate() > 0;
    } catch (SQLException e) {
      throw store.failure("update an item of table '" + table.tableName() + "'", e);
    }
  }

  @Override
  public boolean deleteRow(TableDefinition<?> table, String id) {
    try {
      PreparedStatement statement = prepare(store.rows(table).delete);
      statement.setString(1, id);
      return statement.executeUpdate() > 0;
    } catch (SQLException e) {
      throw store.failure("delete an item of table '" + table.tableName() + "'", e);
    }
  }

  @Override
  public long deleteAllRows(TableDefinition<?> table) {
    try {
      PreparedStatement statement = prepare(store.rows(table).deleteAll);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw store.failure("delete the items of table '" + table.tableName() + "'", e);
    }
  }

  @Override
  public long addOperation(QueuedOperation operation) {
    try {
      PreparedStatement statement = prepare(OperationSql.INSERT_RETURNING_SEQUENCE);
      OperationSql.bind(statement, operation);
      try (ResultSet key = statement.executeQuery()) {
        key.next();
        return key.getLong(1);
      }
    } catch (SQLException e) {
      throw store.failure("queue an operation", e);
    }
  }

  @Override
  public void updateOperation(QueuedOperation operation) {
    try {
      PreparedStatement statement = prepare(OperationSql.UPDATE);
      OperationSql.bind(statement, operation);
      statement.setLong(16, operation.sequence());
      if (statement.executeUpdate() != 1) {
        throw new IllegalStateException("No queued operation " + operation.sequence() + " to update");
      }
    } catch (SQLException e) {
      throw store.failure("update a queued operation", e);
    }
  }

  @Override
  public boolean removeOperation(long sequence) {
    try {
      PreparedStatement statement = prepare(OperationSql.DELETE);
      statement.setLong(1, sequence);
      return statement.executeUpdate() > 0;
    } catch (SQLException e) {
      throw store.failure("remove a queued operation", e);
    }
  }

  @Override
  public long removeOperations(String table) {
    return deleteByTable(OperationSql.DELETE_TABLE, table, "remove the queued operations");
  }

  @Override
  public void putDeltaToken(String table, String queryId, String token) {
    try {
      PreparedStatement statement = prepare(OperationSql.PUT_TOKEN);
      statement.setString(1, table);
      statement.setString(2, queryId);
      statement.setString(3, token);
      statement.setLong(4, clock.millis());
      statement.executeUpdate();
    } catch (SQLException e) {
      throw store.failure("store a delta token", e);
    }
  }

  @Override
  public long removeDeltaTokens(String table) {
    return deleteByTable(OperationSql.DELETE_TOKENS, table, "remove the delta tokens");
  }

  @Override
  public boolean removeDeltaToken(String table, String queryId) {
    try {
      PreparedStatement statement = prepare(OperationSql.DELETE_TOKEN);
      statement.setString(1, table);
      statement.setString(2, queryId);
      return statement.executeUpdate() > 0;
    } catch (SQLException e) {
      throw store.failure("remove a delta token of table '" + table + "'", e);
    }
  }

  private long deleteByTable(String sql, String table, String action) {
    try {
      PreparedStatement statement = prepare(sql);
      statement.setString(1, table);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw store.failure(action + " of table '" + table + "'", e);
    }
  }

  /** Only closes the streams: the store ends the transaction when {@code write} returns. */
  @Override
  public void close() {
    closeStreams();
  }
}
