package dev.offsync.android.internal;

import android.database.sqlite.SQLiteDatabase;
import dev.offsync.internal.store.sqlite.OperationSql;
import dev.offsync.internal.store.sqlite.RowSql;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.QueuedOperation;
import dev.offsync.store.WriteTransaction;
import java.time.Clock;
import java.util.Arrays;

/**
 * A write transaction on the writer database, inside the transaction the store began and ends. Its
 * statements avoid what Android's older SQLite lacks (API 26 has SQLite 3.18): no upsert, no
 * {@code RETURNING}. Not thread-safe: it belongs to the thread inside {@code LocalStore.write}.
 */
final class AndroidWriteTransaction extends AndroidReadTransaction implements WriteTransaction {

  private final Clock clock;

  AndroidWriteTransaction(AndroidStore store, SQLiteDatabase writer, Clock clock) {
    super(store, writer, null, false);
    this.clock = clock;
  }

  /** Writes hold the store's write lock, so a closing store lets them finish. */
  @Override
  void checkOpen() {
    // The store closes only after this transaction ends.
  }

  @Override
  public <T> void insertRow(TableDefinition<T> table, T entity, SystemProperties system) {
    RowSql sql = store.rows(table);
    Object[] row = row(table, entity, system);
    run("insert an item into table '" + table.tableName() + "'", () -> Statements.insert(database, sql.insert, row));
  }

  @Override
  public <T> boolean replaceRow(TableDefinition<T> table, T entity, SystemProperties system) {
    RowSql sql = store.rows(table);
    Object[] arguments = Arrays.copyOf(row(table, entity, system), sql.width + 1);
    arguments[sql.width] = system.id();
    return run("update an item of table '" + table.tableName() + "'",
        () -> Statements.update(database, sql.replace, arguments)) > 0;
  }

  /** The update of the synchronized columns, then the insert if there was no row: SQLite 3.18 has no upsert. */
  @Override
  public <T> void mergeServerRow(TableDefinition<T> table, T entity, SystemProperties system) {
    RowSql sql = store.rows(table);
    Object[] row = row(table, entity, system);
    run("write the service's copy of an item of table '" + table.tableName() + "'", () -> {
      if (Statements.update(database, sql.mergeServerUpdate, sql.mergeServerArguments(row)) == 0) {
        Statements.insert(database, sql.insert, row);
      }
      return null;
    });
  }

  @Override
  public boolean updateSystemProperties(TableDefinition<?> table, SystemProperties system) {
    RowSql sql = store.rows(table);
    Long updatedAt = system.updatedAt() == null ? null : system.updatedAt().toEpochMilli();
    return run("update an item of table '" + table.tableName() + "'",
        () -> Statements.update(database, sql.updateSystem, updatedAt, system.version(), system.id())) > 0;
  }

  @Override
  public boolean deleteRow(TableDefinition<?> table, String id) {
    RowSql sql = store.rows(table);
    return run("delete an item of table '" + table.tableName() + "'",
        () -> Statements.update(database, sql.delete, id)) > 0;
  }

  @Override
  public long deleteAllRows(TableDefinition<?> table) {
    RowSql sql = store.rows(table);
    return run("delete the items of table '" + table.tableName() + "'",
        () -> Statements.update(database, sql.deleteAll));
  }

  /** The operation's sequence is its rowid ({@code INTEGER PRIMARY KEY AUTOINCREMENT}): never reused. */
  @Override
  public long addOperation(QueuedOperation operation) {
    Object[] arguments = operationArguments(operation, 15);
    return run("queue an operation", () -> Statements.insert(database, OperationSql.INSERT, arguments));
  }

  @Override
  public void updateOperation(QueuedOperation operation) {
    Object[] arguments = operationArguments(operation, 16);
    arguments[15] = operation.sequence();
    int changed = run("update a queued operation", () -> Statements.update(database, OperationSql.UPDATE, arguments));
    if (changed != 1) {
      throw new IllegalStateException("No queued operation " + operation.sequence() + " to update");
    }
  }

  @Override
  public boolean removeOperation(long sequence) {
    return run("remove a queued operation", () -> Statements.update(database, OperationSql.DELETE, sequence)) > 0;
  }

  @Override
  public long removeOperations(String table) {
    return run("remove the queued operations of table '" + table + "'",
        () -> Statements.update(database, OperationSql.DELETE_TABLE, table));
  }

  @Override
  public void putDeltaToken(String table, String queryId, String token) {
    run("store a delta token", () -> Statements.insert(database, OperationSql.PUT_TOKEN, table, queryId, token,
        clock.millis()));
  }

  @Override
  public long removeDeltaTokens(String table) {
    return run("remove the delta tokens of table '" + table + "'",
        () -> Statements.update(database, OperationSql.DELETE_TOKENS, table));
  }

  @Override
  public boolean removeDeltaToken(String table, String queryId) {
    return run("remove a delta token of table '" + table + "'",
        () -> Statements.update(database, OperationSql.DELETE_TOKEN, table, queryId)) > 0;
  }

  /** Only closes the streams: the store ends the transaction when {@code write} returns. */
  @Override
  public void close() {
    closeStreams();
  }

  /** The full local row as the table's codec binds it. */
  private <T> Object[] row(TableDefinition<T> table, T entity, SystemProperties system) {
    return run("prepare a row of table '" + table.tableName() + "'", () -> {
      Jdbc.Arguments arguments = new Jdbc.Arguments();
      table.bindRow(entity, system, arguments.statement(), 1);
      return arguments.values();
    });
  }

  private Object[] operationArguments(QueuedOperation operation, int count) {
    return run("queue an operation", () -> {
      Jdbc.Arguments arguments = new Jdbc.Arguments();
      OperationSql.bind(arguments.statement(), operation);
      return Arrays.copyOf(arguments.values(), count);
    });
  }
}
