package dev.offsync;

import dev.offsync.query.Filter;
import java.util.Objects;
import java.util.Optional;

/**
 * What one pull of a table fetches: a filter and a query id, the only parts of a query a pull can honour (it
 * fetches every matching record in its own order, page by page, into rows that need every column; so there
 * is no skip, top, select or order to set), and whether it reconciles ids.
 *
 * <pre>{@code
 * todos.pull(PullQuery.of(TodoItemTable.COMPLETE.isFalse(), "open-items"));
 * }</pre>
 *
 * <p>The query id names the delta token: pulls with the same id continue from where the last one stopped. A
 * query without an id derives one from the table and the filter (the lowercase hex MD5 of
 * {@code q|<table>|<filter>}), so equal filters share one token.
 *
 * <p>{@link #reconcilingIds()} is for services that forget deleted items (hard delete without tombstones, such
 * as a CommunityToolkit table with soft delete off): after the records, the pull fetches the ids the service
 * holds ({@code $select=id}, with the filter) and removes the local rows of the query that the service no
 * longer has, never a row with a queued operation (pending or failed). It costs one more request per page of
 * ids, on every pull that asks for it.
 *
 * @param <T> the entity (model) type of the table pulled into
 * @param filter the records to pull, empty for all
 * @param queryId the id the delta token is kept under, empty to derive it from the table and the filter
 * @param reconcileIds whether the pull then removes the local rows whose ids the service no longer has
 */
public record PullQuery<T>(Optional<Filter<? super T>> filter, Optional<String> queryId, boolean reconcileIds) {

  private static final PullQuery<Object> ALL = new PullQuery<>(Optional.empty(), Optional.empty());

  /** Checks that both parts are present (as optionals). */
  public PullQuery {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(queryId, "queryId");
  }

  /** A query that does not reconcile ids. */
  public PullQuery(Optional<Filter<? super T>> filter, Optional<String> queryId) {
    this(filter, queryId, false);
  }

  /** Every record of the table, under the table's default query id. */
  @SuppressWarnings("unchecked")
  public static <T> PullQuery<T> all() {
    // Without a filter, nothing depends on T.
    return (PullQuery<T>) (PullQuery<?>) ALL;
  }

  /** The records matching {@code filter}, under a query id derived from the table and the filter. */
  public static <T> PullQuery<T> where(Filter<? super T> filter) {
    return new PullQuery<>(Optional.of(Objects.requireNonNull(filter, "filter")), Optional.empty());
  }

  /** The records matching {@code filter}, with their delta token kept under {@code queryId}. */
  public static <T> PullQuery<T> of(Filter<? super T> filter, String queryId) {
    return new PullQuery<>(Optional.of(Objects.requireNonNull(filter, "filter")),
        Optional.of(Objects.requireNonNull(queryId, "queryId")));
  }

  /** This query with its delta token kept under {@code id}. */
  public PullQuery<T> withQueryId(String id) {
    return new PullQuery<>(filter, Optional.of(Objects.requireNonNull(id, "queryId")), reconcileIds);
  }

  /**
   * This query, also removing the local rows it covers (those matching the filter) whose ids the service no
   * longer has, unless they have a queued operation. For services that keep no trace of deleted items.
   */
  public PullQuery<T> reconcilingIds() {
    return new PullQuery<>(filter, queryId, true);
  }
}
