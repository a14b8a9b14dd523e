package dev.offsync.store;

import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A consistent, read-only view of the store: every read sees the same committed state (see
 * {@link LocalStore}). Belongs to the thread that opened it; closing it also closes the streams it returned.
 *
 * <p>Methods that take a {@link TableDefinition} throw {@link IllegalArgumentException} for a table the store
 * was not opened with (or opened with another schema hash). Storage failures are
 * {@link dev.offsync.errors.StoreException}s; so is any call after the transaction or the store was closed.
 */
public interface ReadTransaction extends AutoCloseable {

  /** The row with this id, decoded through the table's row codec, if present. */
  <T> Optional<Decoded<T>> find(TableDefinition<T> table, String id);

  /**
   * The rows matching {@code query}, in its order, ties and an empty order broken by id (ascending order puts
   * nulls first, descending last), then skipped and limited. The filter has the meaning documented for
   * {@code dev.offsync.query} (two-valued logic, case-sensitive strings, code-point order), exactly as the
   * SQLite store evaluates it, so a query selects the same rows on every store. The stream is read lazily
   * where the store can (the SQLite store: memory does not grow with the result); it is valid until it or
   * this transaction is closed.
   */
  <T> Stream<Decoded<T>> query(TableDefinition<T> table, RowQuery query);

  /** The number of rows {@link #query} would return, skip and top included. */
  long count(TableDefinition<?> table, RowQuery query);

  /** The queued operation for this item, if any (at most one exists per table and item id). */
  Optional<QueuedOperation> operation(String table, String itemId);

  /** The queued operation with this sequence, if it is still queued. */
  Optional<QueuedOperation> operation(long sequence);

  /** The queued operations selected by {@code filter}, in ascending sequence order, at most its limit. */
  List<QueuedOperation> operations(OperationFilter filter);

  /** The number of queued operations per table; tables without operations are absent. */
  Map<String, Long> operationCounts();

  /** The delta token stored for this table and query id, if any. */
  Optional<String> deltaToken(String table, String queryId);

  /** Every delta token of a table, by query id. */
  Map<String, String> deltaTokens(String table);

  /**
   * The schema hash recorded for a table when the store was last opened with it, if the store holds the
   * table; equal to the definition's {@link TableDefinition#schemaHash()} for every table the store is open
   * with.
   */
  Optional<String> schemaHash(String table);

  /** Ends the transaction and closes its open streams. Idempotent. */
  @Override
  void close();
}
