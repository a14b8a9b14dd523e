package dev.offsync.internal.live;

import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.OperationFilter;
import dev.offsync.store.QueuedOperation;
import dev.offsync.store.RowQuery;
import dev.offsync.store.WriteTransaction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A write transaction that records the name of every table it is asked to change. It marks before it
 * delegates, so a change that fails half way is still marked (a spare re-run, never a missed one).
 */
final class TrackingWriteTransaction implements WriteTransaction {

  private final WriteTransaction delegate;
  private final Set<String> changed;

  TrackingWriteTransaction(WriteTransaction delegate, Set<String> changed) {
    this.delegate = delegate;
    this.changed = changed;
  }

  private void mark(String table) {
    changed.add(table);
  }

  @Override
  public <T> void insertRow(TableDefinition<T> table, T entity, SystemProperties system) {
    mark(table.tableName());
    delegate.insertRow(table, entity, system);
  }

  @Override
  public <T> boolean replaceRow(TableDefinition<T> table, T entity, SystemProperties system) {
    mark(table.tableName());
    return delegate.replaceRow(table, entity, system);
  }

  @Override
  public <T> void mergeServerRow(TableDefinition<T> table, T entity, SystemProperties system) {
    mark(table.tableName());
    delegate.mergeServerRow(table, entity, system);
  }

  @Override
  public <T> void mergeServerRows(TableDefinition<T> table, List<Decoded<T>> items) {
    mark(table.tableName());
    delegate.mergeServerRows(table, items);
  }

  @Override
  public boolean updateSystemProperties(TableDefinition<?> table, SystemProperties system) {
    mark(table.tableName());
    return delegate.updateSystemProperties(table, system);
  }

  @Override
  public boolean deleteRow(TableDefinition<?> table, String id) {
    mark(table.tableName());
    return delegate.deleteRow(table, id);
  }

  @Override
  public long deleteAllRows(TableDefinition<?> table) {
    mark(table.tableName());
    return delegate.deleteAllRows(table);
  }

  @Override
  public long addOperation(QueuedOperation operation) {
    mark(TrackedTables.OPERATIONS);
    return delegate.addOperation(operation);
  }

  @Override
  public void updateOperation(QueuedOperation operation) {
    mark(TrackedTables.OPERATIONS);
    delegate.updateOperation(operation);
  }

  @Override
  public boolean removeOperation(long sequence) {
    mark(TrackedTables.OPERATIONS);
    return delegate.removeOperation(sequence);
  }

  @Override
  public long removeOperations(String table) {
    mark(TrackedTables.OPERATIONS);
    return delegate.removeOperations(table);
  }

  @Override
  public void putDeltaToken(String table, String queryId, String token) {
    mark(TrackedTables.DELTA_TOKENS);
    delegate.putDeltaToken(table, queryId, token);
  }

  @Override
  public long removeDeltaTokens(String table) {
    mark(TrackedTables.DELTA_TOKENS);
    return delegate.removeDeltaTokens(table);
  }

  @Override
  public boolean removeDeltaToken(String table, String queryId) {
    mark(TrackedTables.DELTA_TOKENS);
    return delegate.removeDeltaToken(table, queryId);
  }

  @Override
  public <T> Optional<Decoded<T>> find(TableDefinition<T> table, String id) {
    return delegate.find(table, id);
  }

  @Override
  public <T> Stream<Decoded<T>> query(TableDefinition<T> table, RowQuery query) {
    return delegate.query(table, query);
  }

  @Override
  public long count(TableDefinition<?> table, RowQuery query) {
    return delegate.count(table, query);
  }

  @Override
  public Optional<QueuedOperation> operation(String table, String itemId) {
    return delegate.operation(table, itemId);
  }

  @Override
  public Optional<QueuedOperation> operation(long sequence) {
    return delegate.operation(sequence);
  }

  @Override
  public List<QueuedOperation> operations(OperationFilter filter) {
    return delegate.operations(filter);
  }

  @Override
  public Map<String, Long> operationCounts() {
    return delegate.operationCounts();
  }

  @Override
  public Optional<String> deltaToken(String table, String queryId) {
    return delegate.deltaToken(table, queryId);
  }

  @Override
  public Map<String, String> deltaTokens(String table) {
    return delegate.deltaTokens(table);
  }

  @Override
  public Optional<String> schemaHash(String table) {
    return delegate.schemaHash(table);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
