package dev.offsync.store;

import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A consistent, read-only view of the store: every read sees the same committed state. Belongs to the
 * thread that opened it; closing it also closes the streams it returned.
 */
public interface ReadTransaction extends AutoCloseable {

  /** The row with this id, decoded, if present. */
  <T> Optional<Decoded<T>> find(TableDefinition<T> table, String id);

  /**
   * The rows matching {@code query}, in its order, read lazily: memory does not grow with the result size.
   * The stream is valid until it or this transaction is closed.
   */
  <T> Stream<Decoded<T>> query(TableDefinition<T> table, RowQuery query);

  /** The number of rows {@link #query} would return. */
  long count(TableDefinition<?> table, RowQuery query);

  /** The queued operation for this item, if any (at most one exists). */
  Optional<QueuedOperation> operation(String table, String itemId);

  /** The queued operation with this sequence, if it is still queued. */
  Optional<QueuedOperation> operation(long sequence);

  /** The queued operations selected by {@code filter}, in sequence order. */
  List<QueuedOperation> operations(OperationFilter filter);

  /** The number of queued operations per table; tables without operations are absent. */
  Map<String, Long> operationCounts();

  /** The delta token stored for this table and query id, if any. */
  Optional<String> deltaToken(String table, String queryId);

  /** Every delta token of a table, by query id. */
  Map<String, String> deltaTokens(String table);

  /** Ends the transaction. Idempotent. */
  @Override
  void close();
}
