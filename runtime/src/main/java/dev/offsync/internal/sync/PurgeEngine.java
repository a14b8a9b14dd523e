package dev.offsync.internal.sync;

import dev.offsync.errors.PendingOperationsException;
import dev.offsync.PurgeOptions;
import dev.offsync.query.Fields;
import dev.offsync.query.Filter;
import dev.offsync.query.Ordering;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import dev.offsync.store.RowQuery;
import dev.offsync.store.WriteTransaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Clears a table, or the rows matching a filter, from the local store in one transaction: refused while the
 * table has pending operations unless they are discarded, then the delta-token policy.
 */
public final class PurgeEngine {

  private static final List<Ordering<?>> NEWEST_FIRST = List.of(
      new Ordering<>(Fields.UPDATED_AT.name(), ColumnType.DATETIME, true),
      new Ordering<>(Fields.ID.name(), ColumnType.STRING, true));

  private final LocalStore store;

  /** A purge engine over the store. */
  public PurgeEngine(LocalStore store) {
    this.store = store;
  }

  /**
   * Purges the table, or only the rows matching {@code filter}, and returns the number of rows removed.
   *
   * @throws PendingOperationsException naming the count, if the table has pending operations and the options
   *     do not discard them
   */
  public <T> PurgeResult purge(TableDefinition<T> table, Optional<Filter<?>> filter, PurgeOptions options) {
    String name = table.tableName();
    return store.write(transaction -> {
      long pending = transaction.operationCounts().getOrDefault(name, 0L);
      if (pending > 0 && !options.discardPendingOperations()) {
        throw new PendingOperationsException(name, pending, "purge");
      }
      long operations;
      long rows;
      if (filter.isEmpty()) {
        operations = transaction.removeOperations(name);
        rows = transaction.deleteAllRows(table);
      } else {
        long[] removed = purgeMatching(transaction, table, filter.get());
        rows = removed[0];
        operations = removed[1];
      }
      long tokens = applyTokenPolicy(transaction, table, options);
      return new PurgeResult(rows, operations, tokens);
    });
  }

  /** Deletes the matching rows and their operations; {rows, operations}. */
  private static <T> long[] purgeMatching(WriteTransaction transaction, TableDefinition<T> table, Filter<?> filter) {
    List<String> ids = new ArrayList<>();
    try (Stream<Decoded<T>> rows = transaction.query(table, RowQuery.all().where(filter))) {
      rows.forEach(row -> ids.add(row.system().id()));
    }
    long operations = 0;
    for (String id : ids) {
      var operation = transaction.operation(table.tableName(), id);
      if (operation.isPresent() && transaction.removeOperation(operation.get().sequence())) {
        operations++;
      }
      transaction.deleteRow(table, id);
    }
    return new long[] {ids.size(), operations};
  }

  /**
   * Applies the token policy; returns how many tokens were removed or rewritten. Tokens come only from records
   * a pull received (invariant 10): never from the device's clock, nor from rows this device pushed, whose
   * {@code updatedAt} may lie past another device's record that no pull has brought yet.
   */
  private <T> long applyTokenPolicy(WriteTransaction transaction, TableDefinition<T> table, PurgeOptions options) {
    String name = table.tableName();
    Map<String, String> tokens = transaction.deltaTokens(name);
    Set<String> queries = options.queryId() != null ? Set.of(options.queryId()) : tokens.keySet();
    if (options.deltaTokens() == PurgeOptions.DeltaTokenPolicy.KEEP) {
      return 0;
    }
    Optional<PullCursor> newestLocal = newestLocal(transaction, table);
    Optional<PullCursor> newestPulled = tokens.values().stream().map(PullCursor::parse).max(Comparator.naturalOrder());
    for (String query : queries) {
      Optional<PullCursor> pulled = Optional.ofNullable(tokens.get(query)).map(PullCursor::parse);
      Optional<PullCursor> replacement = switch (options.deltaTokens()) {
        case KEEP, RESET -> Optional.empty();
        // "Now" as far as the device knows the service: the newest record any pull of the table received.
        case SET_TO_NOW -> newestPulled;
        // The newest local row, but never past what this query's pulls received.
        case SET_TO_NEWEST_LOCAL -> pulled.isEmpty() || newestLocal.isEmpty() ? Optional.empty()
            : Optional.of(Collections.min(List.of(pulled.get(), newestLocal.get())));
      };
      if (replacement.isPresent()) {
        transaction.putDeltaToken(name, query, replacement.get().token());
      } else {
        transaction.removeDeltaToken(name, query);
      }
    }
    return queries.size();
  }

  private static <T> Optional<PullCursor> newestLocal(WriteTransaction transaction, TableDefinition<T> table) {
    RowQuery newest = new RowQuery(Optional.of(Fields.UPDATED_AT.isNotNull()), NEWEST_FIRST, 0, 1);
    try (Stream<Decoded<T>> rows = transaction.query(table, newest)) {
      return rows.findFirst().map(row -> new PullCursor(row.system().updatedAt(), row.system().id()));
    }
  }
}
