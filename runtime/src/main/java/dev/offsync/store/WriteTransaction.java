package dev.offsync.store;

import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.util.List;

/**
 * A write transaction: its reads see its own changes; all its changes commit together or not at all.
 * Offered only inside {@link LocalStore#write}, on the thread that runs it, and unusable after it returns.
 *
 * <p>Rows hold the local row layout of {@link TableDefinition}: {@code id}, {@code updatedAt},
 * {@code version} (from the {@link SystemProperties} given, not from the entity), then every data column,
 * local-only ones included. What a store keeps must read back equal through the table's row codec. The
 * methods check nothing of the queue's rules: the runtime has checked them before calling.
 */
public interface WriteTransaction extends ReadTransaction {

  /**
   * Inserts a row.
   *
   * @throws dev.offsync.errors.StoreException if a row with this id exists (the transaction then rolls back)
   */
  <T> void insertRow(TableDefinition<T> table, T entity, SystemProperties system);

  /** Replaces every column of an existing row, local-only columns included; false if there was none. */
  <T> boolean replaceRow(TableDefinition<T> table, T entity, SystemProperties system);

  /**
   * Writes the service's copy of an item: inserts the row, or replaces its system and synchronized columns
   * while keeping the values of its {@linkplain dev.offsync.schema.ColumnDefinition#localOnly() local-only}
   * columns.
   */
  <T> void mergeServerRow(TableDefinition<T> table, T entity, SystemProperties system);

  /**
   * {@link #mergeServerRow} for many items of one table, in order: a pulled page. Stores may write them as one
   * batch; the default writes them one by one.
   *
   * @param items the service's copies, each with its system properties
   */
  default <T> void mergeServerRows(TableDefinition<T> table, List<Decoded<T>> items) {
    for (Decoded<T> item : items) {
      mergeServerRow(table, table.withSystemProperties(item.entity(), item.system()), item.system());
    }
  }

  /** Sets only {@code updatedAt} and {@code version} of the row {@code system.id()}; false if there was none. */
  boolean updateSystemProperties(TableDefinition<?> table, SystemProperties system);

  /** Deletes a row; false if there was none. */
  boolean deleteRow(TableDefinition<?> table, String id);

  /** Deletes every row of the table, returning how many there were. */
  long deleteAllRows(TableDefinition<?> table);

  /**
   * Appends an operation (its {@code sequence} is ignored) and returns the sequence it was given: greater
   * than every sequence this store ever gave, also of operations removed since, so that push order is
   * queue order.
   *
   * @throws dev.offsync.errors.StoreException if the item already has an operation
   */
  long addOperation(QueuedOperation operation);

  /**
   * Rewrites the queued operation with the same sequence, every field as given.
   *
   * @throws IllegalStateException if no operation has that sequence
   */
  void updateOperation(QueuedOperation operation);

  /** Removes the operation with this sequence; false if there was none. */
  boolean removeOperation(long sequence);

  /** Removes every operation of the table, returning how many there were. */
  long removeOperations(String table);

  /** Stores the delta token of a table and query id, replacing the previous one. */
  void putDeltaToken(String table, String queryId, String token);

  /** Removes every delta token of the table, returning how many there were. */
  long removeDeltaTokens(String table);

  /** Removes one query's delta token; true if there was one. */
  boolean removeDeltaToken(String table, String queryId);
}
