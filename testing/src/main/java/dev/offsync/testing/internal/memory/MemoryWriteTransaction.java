package dev.offsync.testing.internal.memory;

import dev.offsync.errors.StoreException;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.QueuedOperation;
import dev.offsync.store.WriteTransaction;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;

/**
 * A write transaction on a draft of the store's state; the store publishes the draft when the work returns
 * and drops it when the work throws, so a failed transaction leaves nothing behind. Rows are never changed
 * in place: a changed row is a new array, because committed states share the old one.
 */
final class MemoryWriteTransaction extends MemoryReadTransaction implements WriteTransaction {

  MemoryWriteTransaction(MemoryLocalStore store, MemoryState draft) {
    super(store, draft);
  }

  private NavigableMap<String, Object[]> writableRows(TableDefinition<?> definition) {
    table(definition);
    return state.writableTable(definition.tableName()).rows();
  }

  @Override
  public <T> void insertRow(TableDefinition<T> table, T entity, SystemProperties system) {
    Object[] row = RowCodec.encode(table, table(table).layout(), entity, system);
    NavigableMap<String, Object[]> rows = writableRows(table);
    if (rows.containsKey((String) row[RowLayout.ID])) {
      throw new StoreException("Could not insert an item into table '" + table.tableName() + "' in the local"
          + " store " + store.describe() + ": an item with this id exists");
    }
    rows.put((String) row[RowLayout.ID], row);
  }

  @Override
  public <T> boolean replaceRow(TableDefinition<T> table, T entity, SystemProperties system) {
    Object[] row = RowCodec.encode(table, table(table).layout(), entity, system);
    NavigableMap<String, Object[]> rows = writableRows(table);
    return rows.replace((String) row[RowLayout.ID], row) != null;
  }

  @Override
  public <T> void mergeServerRow(TableDefinition<T> table, T entity, SystemProperties system) {
    RowLayout layout = table(table).layout();
    Object[] row = RowCodec.encode(table, layout, entity, system);
    NavigableMap<String, Object[]> rows = writableRows(table);
    Object[] existing = rows.get((String) row[RowLayout.ID]);
    if (existing != null) {
      for (int i = 0; i < row.length; i++) {
        ColumnDefinition column = layout.column(i);
        if (column != null && column.localOnly()) {
          row[i] = existing[i];
        }
      }
    }
    rows.put((String) row[RowLayout.ID], row);
  }

  @Override
  public boolean updateSystemProperties(TableDefinition<?> table, SystemProperties system) {
    NavigableMap<String, Object[]> rows = writableRows(table);
    Object[] existing = rows.get(system.id());
    if (existing == null) {
      return false;
    }
    Object[] row = existing.clone();
    row[RowLayout.UPDATED_AT] = system.updatedAt() == null ? null : system.updatedAt().toEpochMilli();
    row[RowLayout.VERSION] = system.version();
    rows.put(system.id(), row);
    return true;
  }

  @Override
  public boolean deleteRow(TableDefinition<?> table, String id) {
    return writableRows(table).remove(id) != null;
  }

  @Override
  public long deleteAllRows(TableDefinition<?> table) {
    NavigableMap<String, Object[]> rows = writableRows(table);
    long count = rows.size();
    rows.clear();
    return count;
  }

  @Override
  public long addOperation(QueuedOperation operation) {
    checkOpen();
    String key = MemoryState.key(operation.table(), operation.itemId());
    if (state.operationIndex().containsKey(key)) {
      throw new StoreException("Could not queue an operation in the local store " + store.describe()
          + ": item '" + operation.itemId() + "' of table '" + operation.table() + "' has one already");
    }
    state.writableOperations();
    long sequence = state.nextSequence();
    state.operations().put(sequence, withSequence(operation, sequence));
    state.operationIndex().put(key, sequence);
    return sequence;
  }

  private static QueuedOperation withSequence(QueuedOperation o, long sequence) {
    return new QueuedOperation(sequence, o.table(), o.itemId(), o.kind(), o.item(), o.version(), o.state(),
        o.attempts(), o.httpStatus(), o.lastError(), o.base(), o.serverItem(), o.revision(), o.createdAt(),
        o.updatedAt(), o.sentItems());
  }

  @Override
  public void updateOperation(QueuedOperation operation) {
    checkOpen();
    QueuedOperation previous = state.operations().get(operation.sequence());
    if (previous == null) {
      throw new IllegalStateException("No queued operation " + operation.sequence() + " to update");
    }
    state.writableOperations().put(operation.sequence(), operation);
    state.operationIndex().remove(MemoryState.key(previous.table(), previous.itemId()));
    state.operationIndex().put(MemoryState.key(operation.table(), operation.itemId()), operation.sequence());
  }

  @Override
  public boolean removeOperation(long sequence) {
    checkOpen();
    if (!state.operations().containsKey(sequence)) {
      return false;
    }
    QueuedOperation removed = state.writableOperations().remove(sequence);
    state.operationIndex().remove(MemoryState.key(removed.table(), removed.itemId()));
    return true;
  }

  @Override
  public long removeOperations(String table) {
    checkOpen();
    long removed = 0;
    Iterator<QueuedOperation> operations = state.writableOperations().values().iterator();
    while (operations.hasNext()) {
      QueuedOperation operation = operations.next();
      if (operation.table().equals(table)) {
        operations.remove();
        state.operationIndex().remove(MemoryState.key(table, operation.itemId()));
        removed++;
      }
    }
    return removed;
  }

  @Override
  public void putDeltaToken(String table, String queryId, String token) {
    checkOpen();
    state.writableTokens(table).put(queryId, token);
  }

  @Override
  public long removeDeltaTokens(String table) {
    checkOpen();
    Map<String, String> tokens = state.writableTokens(table);
    long count = tokens.size();
    tokens.clear();
    return count;
  }

  @Override
  public boolean removeDeltaToken(String table, String queryId) {
    checkOpen();
    return state.writableTokens(table).remove(queryId) != null;
  }
}
