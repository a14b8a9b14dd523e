package dev.offsync.internal.sync;

import dev.offsync.OffsyncException;
import dev.offsync.PendingOperationsException;
import dev.offsync.PullResult;
import dev.offsync.PushResult;
import dev.offsync.ServiceException;
import dev.offsync.SyncEvent;
import dev.offsync.internal.http.PageResult;
import dev.offsync.query.Filter;
import dev.offsync.query.Query;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.RowQuery;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pulls a table's query page by page. Each request carries the compound cursor {@code (updatedAt, id)} of the
 * last record applied; each page is applied, and the cursor stored as the query's delta token, in one
 * transaction (invariant 4), so an interrupted pull resumes where it stopped and loses nothing. Memory holds
 * one page at most (invariant 7).
 */
public final class PullEngine {

  private final SyncContext context;
  private final SyncStore sync;
  private final PushEngine push;

  /** A pull engine; {@code push} serves the implicit push. */
  public PullEngine(SyncContext context, PushEngine push) {
    this.context = context;
    this.sync = new SyncStore(context.store(), context.tables(), context.clock());
    this.push = push;
  }

  /**
   * Pulls the records matching the query into the local table.
   *
   * @param queryId the id the delta token is kept under, or null to derive it from the table and filter
   * @param implicitPush whether to push the table's pending operations first
   * @throws PendingOperationsException if the table still has pending operations (after the implicit push)
   */
  public <T> PullResult pull(TableDefinition<T> table, Query query, String queryId, boolean implicitPush) {
    PullRequests.checkPullable(query);
    context.table(table.tableName());
    requireNoPending(table, implicitPush);
    String id = queryId != null ? queryId : PullRequests.queryId(table.tableName(), query.filter());
    context.emit(new SyncEvent.PullStarted(table.tableName(), id));
    Progress progress = new Progress(table.tableName(), id);
    Optional<PullCursor> cursor = sync.deltaToken(table.tableName(), id).map(PullCursor::parse);
    progress.localRows = cursor.isEmpty()
        && context.store().read(transaction -> transaction.count(table, RowQuery.all())) > 0;
    boolean more = true;
    while (more) {
      more = pullPage(table, query.filter(), id, cursor, progress).map(next -> {
        progress.cursor = next;
        return progress.hasNext;
      }).orElse(false);
      cursor = Optional.ofNullable(progress.cursor);
    }
    PullResult result = progress.result();
    context.emit(new SyncEvent.PullEnded(result));
    return result;
  }

  /** Fetches and applies one page; the new cursor, or empty when the page was empty. */
  private <T> Optional<PullCursor> pullPage(TableDefinition<T> table, Optional<Filter> filter, String queryId,
      Optional<PullCursor> cursor, Progress progress) {
    URI uri = context.calls().listPage(table.tableName(),
        PullRequests.query(filter, cursor, progress.requests == 0, progress.localRows));
    List<Decoded<T>> items = new ArrayList<>();
    PageResult page = context.calls().page(table, uri, items::add);
    progress.requests++;
    if (page.count() >= 0) {
      progress.total = page.count();
    }
    if (items.isEmpty()) {
      return Optional.empty();
    }
    context.emit(new SyncEvent.ItemsFetched(table.tableName(), items.size(), progress.total));
    PullCursor next = lastCursor(table, items, cursor);
    dev.offsync.internal.sync.PageResult applied = sync.applyPage(table, queryId, items, next.token());
    progress.add(items.size(), applied);
    progress.hasNext = page.next() != null;
    context.emit(new SyncEvent.ItemsCommitted(table.tableName(), progress.fetched));
    return Optional.of(next);
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
    PullCursor cursor;
    /** Whether the pull started without a cursor while the local table held rows (see PullRequests). */
    boolean localRows;
    boolean hasNext;
    long total = -1;
    long fetched;
    long upserted;
    long deleted;
    int requests;

    Progress(String table, String queryId) {
      this.table = table;
      this.queryId = queryId;
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
