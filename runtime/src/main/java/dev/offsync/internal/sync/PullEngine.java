package dev.offsync.internal.sync;

import dev.offsync.errors.OffsyncException;
import dev.offsync.errors.PendingOperationsException;
import dev.offsync.PullResult;
import dev.offsync.PushResult;
import dev.offsync.errors.ServiceException;
import dev.offsync.status.SyncEvent;
import dev.offsync.internal.http.PageResult;
import dev.offsync.internal.http.PageSink;
import dev.offsync.query.Filter;
import dev.offsync.query.Query;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.RowQuery;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * Pulls a table's query page by page. Each request carries the compound cursor {@code (updatedAt, id)} of the
 * last record applied; each page is applied, and the cursor stored as the query's delta token, in one
 * transaction (invariant 4), so an interrupted pull resumes where it stopped and loses nothing. The next
 * page is fetched while the current one is applied ({@link PagePrefetch}), so memory holds two pages at most
 * (invariant 7).
 */
public final class PullEngine {

  private final SyncContext context;
  private final SyncStore sync;
  private final PushEngine push;

  /** A pull engine; {@code push} serves the implicit push. */
  public PullEngine(SyncContext context, PushEngine push) {
    this.context = context;
    this.sync = context.sync();
    this.push = push;
  }

  /**
   * Pulls the records matching the filter (all without one) into the local table.
   *
   * @param queryId the id the delta token is kept under, or null to derive it from the table and filter
   * @param implicitPush whether to push the table's pending operations first
   * @throws PendingOperationsException if the table still has pending operations (after the implicit push)
   */
  public <T> PullResult pull(TableDefinition<T> table, Optional<? extends Filter<?>> userFilter, String queryId,
      boolean implicitPush) {
    return pull(table, userFilter, queryId, implicitPush, false);
  }

  /**
   * {@link #pull(TableDefinition, Optional, String, boolean)}; with {@code reconcileIds}, then removes the
   * query's local rows whose ids the service no longer has ({@link IdReconcile}), counted as deleted.
   */
  public <T> PullResult pull(TableDefinition<T> table, Optional<? extends Filter<?>> userFilter, String queryId,
      boolean implicitPush, boolean reconcileIds) {
    Optional<Filter<?>> filter = userFilter.map(f -> f);
    context.table(table.tableName());
    push.schema().verify(table);
    requireNoPending(table, implicitPush);
    String id = queryId != null ? queryId : PullRequests.queryId(table.tableName(), filter);
    context.emit(new SyncEvent.PullStarted(table.tableName(), id));
    Progress progress = new Progress(table.tableName(), id, new PartialRows(context));
    Optional<PullCursor> cursor = sync.deltaToken(table.tableName(), id).map(PullCursor::parse);
    progress.localRows = cursor.isEmpty()
        && context.store().read(transaction -> transaction.count(table, RowQuery.all())) > 0;
    try (PagePrefetch prefetch = new PagePrefetch(table.tableName())) {
      // The first page on this thread: nothing is applied before it is checked, and a pull that ends with it
      // (nothing new) starts no fetching thread.
      FetchedPage<T> first = fetch(table, filter, cursor, true, progress.localRows);
      Future<FetchedPage<T>> next = applyNext(table, filter, id, first, prefetch, progress);
      while (next != null) {
        next = applyNext(table, filter, id, PagePrefetch.await(next), prefetch, progress);
      }
    }
    if (reconcileIds) {
      progress.deleted += new IdReconcile(context).removeGone(table, filter);
    }
    PullResult result = progress.result();
    context.emit(new SyncEvent.PullEnded(result));
    return result;
  }

  /**
   * A fetched and checked page: its items, the cursor after them, whether the service has more, and the
   * columns missing from items that lacked some (by id; usually empty).
   */
  private record FetchedPage<T>(List<Decoded<T>> items, PullCursor cursor, boolean hasNext, long count,
      Map<String, List<String>> partial) {}

  /**
   * Requests and parses one page, and checks that it moves past the cursor, before anything of it is applied
   * (so a bad page fails the pull with nothing of it stored); the first page on the pulling thread, the
   * others on the prefetch thread.
   */
  private <T> FetchedPage<T> fetch(TableDefinition<T> table, Optional<Filter<?>> filter, Optional<PullCursor> cursor,
      boolean first, boolean localRows) {
    URI uri = context.calls().listPage(table.tableName(), PullRequests.query(filter, cursor, first, localRows));
    List<Decoded<T>> items = new ArrayList<>();
    Map<String, List<String>> partial = new HashMap<>();
    PageResult page = context.calls().page(table, uri, collector(items, partial));
    PullCursor last = items.isEmpty() ? null : lastCursor(table, items, cursor);
    return new FetchedPage<>(items, last, page.next() != null, page.count(), partial);
  }

  /** Collects a page's items, noting those (not deleted) that lacked synchronized columns. */
  private static <T> PageSink<T> collector(List<Decoded<T>> items, Map<String, List<String>> partial) {
    return new PageSink<>() {
      @Override
      public void accept(Decoded<T> item) {
        items.add(item);
      }

      @Override
      public void acceptPartial(Decoded<T> item, List<String> missingColumns) {
        items.add(item);
        if (!item.system().deleted()) {
          partial.put(item.system().id(), missingColumns);
        }
      }
    };
  }

  /**
   * Takes a fetched page: requests the next one (its cursor is known now), then applies this one with its
   * delta token in one transaction while the next is on its way. Returns the request ahead, or null when
   * the pull is done.
   */
  private <T> Future<FetchedPage<T>> applyNext(TableDefinition<T> table, Optional<Filter<?>> filter, String queryId,
      FetchedPage<T> page, PagePrefetch prefetch, Progress progress) {
    progress.requests++;
    if (page.count() >= 0) {
      progress.total = page.count();
    }
    if (page.items().isEmpty()) {
      return null;
    }
    Optional<PullCursor> after = Optional.of(page.cursor());
    boolean localRows = progress.localRows;
    Future<FetchedPage<T>> ahead = page.hasNext()
        ? prefetch.submit(() -> fetch(table, filter, after, false, localRows)) : null;
    context.emit(new SyncEvent.ItemsFetched(table.tableName(), page.items().size(), progress.total));
    // After a skipped item the token stays before it for the rest of this pull (SyncStore.applyPage).
    List<Decoded<T>> items = page.partial().isEmpty() ? page.items()
        : progress.partialRows.withLocalValues(table, page.items(), page.partial());
    dev.offsync.internal.sync.PageResult applied = sync.applyPage(table, queryId, items,
        progress.tokenHeld ? null : page.cursor().token());
    progress.tokenHeld |= !applied.skippedIds().isEmpty();
    progress.add(page.items().size(), applied);
    context.emit(new SyncEvent.ItemsCommitted(table.tableName(), progress.fetched));
    return ahead;
  }

  /**
   * The cursor after a page: its greatest {@code (updatedAt, id)}. A record without {@code updatedAt}, or a
   * page that does not move past the cursor, is a bad answer: the page is not applied.
   */
  private static <T> PullCursor lastCursor(TableDefinition<T> table, List<Decoded<T>> items,
      Optional<PullCursor> cursor) {
    PullCursor last = null;
    for (Decoded<T> item : items) {
      Instant updatedAt = item.system().updatedAt();
      if (updatedAt == null) {
        throw new ServiceException(200, "A pulled item of table '" + table.tableName() + "' has no updatedAt;"
            + " the page was not applied");
      }
      PullCursor at = new PullCursor(updatedAt, item.system().id());
      if (last == null || at.compareTo(last) > 0) {
        last = at;
      }
    }
    if (cursor.isPresent() && last.compareTo(cursor.get()) <= 0) {
      throw new ServiceException(200, "The service answered a pull of table '" + table.tableName() + "' with"
          + " records that are not newer than the delta token; stopped to avoid a loop (does the service"
          + " honour $filter and $orderby on updatedAt and id?)");
    }
    return last;
  }

  private void requireNoPending(TableDefinition<?> table, boolean implicitPush) {
    String name = table.tableName();
    if (pendingCount(name) == 0) {
      return;
    }
    Optional<OffsyncException> stoppedBy = Optional.empty();
    if (implicitPush) {
      PushResult pushed = push.push(Set.of(name));
      stoppedBy = pushed.stoppedBy();
    }
    long left = pendingCount(name);
    if (left > 0) {
      if (stoppedBy.isPresent()) {
        throw stoppedBy.get();
      }
      throw new PendingOperationsException(name, left, "pull");
    }
  }

  private long pendingCount(String table) {
    return context.store().read(t -> t.operationCounts()).getOrDefault(table, 0L);
  }

  /** Counts of one pull. */
  private static final class Progress {
    final String table;
    final String queryId;
    final List<String> skipped = new ArrayList<>();
    /** Whether the pull started without a cursor while the local table held rows (see PullRequests). */
    boolean localRows;
    /** Whether a page skipped an item, so that no later page may move the token past it. */
    boolean tokenHeld;
    long total = -1;
    long fetched;
    long upserted;
    long deleted;
    int requests;

    /** Merges items that lacked columns with the local rows, warning once per column. */
    final PartialRows partialRows;

    Progress(String table, String queryId, PartialRows partialRows) {
      this.table = table;
      this.queryId = queryId;
      this.partialRows = partialRows;
    }

    void add(int items, dev.offsync.internal.sync.PageResult applied) {
      fetched += items;
      upserted += applied.upserted();
      deleted += applied.deleted();
      skipped.addAll(applied.skippedIds());
    }

    PullResult result() {
      return new PullResult(table, queryId, fetched, upserted, deleted, skipped, requests);
    }
  }
}
