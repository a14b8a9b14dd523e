package dev.offsync.internal.sync;

import dev.offsync.errors.ServiceException;
import dev.offsync.internal.http.PageResult;
import dev.offsync.query.Fields;
import dev.offsync.query.Filter;
import dev.offsync.query.Ordering;
import dev.offsync.query.Query;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.RowQuery;
import dev.offsync.store.WriteTransaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the local rows of a pull's query whose ids the service no longer has, for services that keep no
 * trace of a hard delete (no tombstone, no soft delete). It reads every id the service holds for the query
 * ({@code $select=id}, ordered by id and paged by {@code id gt} the last one, so a delete on the service
 * between two pages cannot shift an id out of sight), then, in one local transaction, deletes each local row
 * matching the filter that the service did not list, unless it has a queued operation (pending or failed:
 * a local change is never lost). With a filter, the candidates are asked for again without it, so a row that
 * only left the filter on the service is kept.
 */
final class IdReconcile {

  private static final Logger log = LoggerFactory.getLogger(IdReconcile.class);
  private static final List<Ordering<?>> BY_ID = List.of(new Ordering<>(Fields.ID.name(), ColumnType.STRING, false));
  /** Ids per {@code id in (...)} request when candidates are checked again without the filter. */
  private static final int CHECK_BATCH = 50;

  private final SyncContext context;

  IdReconcile(SyncContext context) {
    this.context = context;
  }

  /** Deletes the query's local rows the service no longer has; returns how many. */
  <T> long removeGone(TableDefinition<T> table, Optional<Filter<?>> filter) {
    IdsOnly ids = new IdsOnly(table.tableName());
    Set<String> held = serviceIds(ids, filter);
    List<String> candidates = context.store().read(transaction -> {
      try (Stream<Decoded<T>> rows = transaction.query(table, filter.map(RowQuery.all()::where).orElse(RowQuery.all()))) {
        return rows.map(row -> row.system().id()).filter(id -> !held.contains(id)).toList();
      }
    });
    if (candidates.isEmpty()) {
      return 0;
    }
    List<String> gone = filter.isEmpty() ? candidates : stillGone(ids, candidates);
    long removed = context.store().write(transaction -> remove(transaction, table, gone));
    log.debug("Id reconcile of table '{}': {} local rows the service no longer has removed", table.tableName(),
        removed);
    return removed;
  }

  /** Every id the service lists for the filter, page by page in id order. */
  private Set<String> serviceIds(IdsOnly table, Optional<Filter<?>> filter) {
    Set<String> held = new HashSet<>();
    String after = null;
    while (true) {
      Optional<Filter<?>> page = after == null ? filter : Optional.of(and(filter, Fields.ID.gt(after)));
      IdPage ids = idPage(table, page.map(Query::where).orElse(Query.all()).orderBy(BY_ID));
      if (ids.ids().isEmpty()) {
        return held;
      }
      if (!held.addAll(ids.ids())) {
        throw new ServiceException(200, "The service answered an id list of table '" + table.tableName()
            + "' with ids it had listed already; no row was removed (does the service honour $orderby on id?)");
      }
      if (ids.last()) {
        return held;
      }
      after = ids.ids().get(ids.ids().size() - 1);
    }
  }

  /** One page of ids, and whether the service said it was the last. */
  private record IdPage(List<String> ids, boolean last) {}

  private IdPage idPage(IdsOnly table, Query query) {
    List<String> ids = new ArrayList<>();
    PageResult page = context.calls().page(table,
        context.calls().listPage(table.tableName(), query.select(List.of(SystemProperties.ID))),
        item -> ids.add(item.entity()));
    return new IdPage(ids, page.next() == null);
  }

  /** The candidates the service does not list even without the filter. */
  private List<String> stillGone(IdsOnly table, List<String> candidates) {
    Set<String> held = new HashSet<>();
    for (int from = 0; from < candidates.size(); from += CHECK_BATCH) {
      List<String> batch = candidates.subList(from, Math.min(candidates.size(), from + CHECK_BATCH));
      held.addAll(serviceIds(table, Optional.of(Fields.ID.in(batch))));
    }
    return candidates.stream().filter(id -> !held.contains(id)).toList();
  }

  private static <T> long remove(WriteTransaction transaction, TableDefinition<T> table, List<String> gone) {
    long removed = 0;
    for (String id : gone) {
      // Checked in the deleting transaction: an edit made since the ids were read keeps its row.
      if (transaction.operation(table.tableName(), id).isEmpty() && transaction.deleteRow(table, id)) {
        removed++;
      }
    }
    return removed;
  }

  private static Filter<?> and(Optional<Filter<?>> filter, Filter<Object> more) {
    return filter.<Filter<?>>map(f -> f.and(more)).orElse(more);
  }
}
