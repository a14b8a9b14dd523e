package dev.offsync.internal.queue;

import dev.offsync.operations.OperationState;
import dev.offsync.query.Fields;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.OperationFilter;
import dev.offsync.store.QueuedOperation;
import dev.offsync.store.RowQuery;
import dev.offsync.store.WriteTransaction;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What an insert must know about its id before it goes in: the item's pending operation, and whether its
 * row exists. One insert asks the store for each; many inserts in one transaction ask once for all of them
 * (one look at the table's queue, the existing rows in chunks of ids), since two lookups per item would
 * cost more than the inserts themselves.
 *
 * <p>Lives inside one write transaction; not thread-safe.
 */
final class InsertChecks {

  /** Ids per existence query, well below SQLite's limit on parameters. */
  private static final int CHUNK = 500;

  private final WriteTransaction transaction;
  private final TableDefinition<?> table;
  /** Null for a single insert: then every question is a query. */
  private final Set<String> existing;
  private final boolean tableHasOperations;
  /** Ids given more than once in the batch: their second insert meets the first one's operation. */
  private final Set<String> repeated;

  private InsertChecks(WriteTransaction transaction, TableDefinition<?> table, Set<String> existing,
      boolean tableHasOperations, Set<String> repeated) {
    this.transaction = transaction;
    this.table = table;
    this.existing = existing;
    this.tableHasOperations = tableHasOperations;
    this.repeated = repeated;
  }

  /** Checks for one insert, a query each. */
  static InsertChecks one(WriteTransaction transaction, TableDefinition<?> table) {
    return new InsertChecks(transaction, table, null, true, Set.of());
  }

  /** Checks for inserting all these ids in this transaction, read up front. */
  static <T> InsertChecks many(WriteTransaction transaction, TableDefinition<T> table, List<String> ids) {
    boolean hasOperations = !transaction.operations(new OperationFilter(Set.of(table.tableName()),
        EnumSet.allOf(OperationState.class), 1)).isEmpty();
    Set<String> existing = new HashSet<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      try (Stream<Decoded<T>> rows = transaction.query(table, RowQuery.all().where(Fields.ID.in(chunk)))) {
        rows.forEach(row -> existing.add(row.system().id()));
      }
    }
    return new InsertChecks(transaction, table, existing, hasOperations, repeated(ids));
  }

  private static Set<String> repeated(List<String> ids) {
    Set<String> seen = new HashSet<>(ids.size() * 2);
    Set<String> repeated = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        repeated.add(id);
      }
    }
    return repeated;
  }

  /** The item's pending operation, or null. */
  QueuedOperation pending(String id) {
    // In a batch, an id can only have an operation if the table had some, or if the batch repeats it.
    if (existing == null || tableHasOperations || (!repeated.isEmpty() && repeated.contains(id))) {
      return transaction.operation(table.tableName(), id).orElse(null);
    }
    return null;
  }

  /** Whether the item's row exists; asked only when it has no pending operation. */
  boolean exists(String id) {
    return existing == null ? transaction.find(table, id).isPresent() : existing.contains(id);
  }
}
