package dev.offsync.server;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the rows of one table live, in place of the server's built-in JDBC store, like the repository of
 * Microsoft's Datasync server ({@code IRepository}): rows read by id, pages of a typed query, and atomic
 * writes. Register one per table with {@link DatasyncServer.Builder#repository(String, Repository)} or for
 * several with {@link DatasyncServer.Builder#repositories(RepositoryProvider)}.
 *
 * <p>The protocol stays in the server: ids, {@code If-Match} and {@code If-None-Match}, versions, the
 * {@code updatedAt} of each write, soft delete and tombstones, the access policy's data view and hooks, and
 * Bean Validation. A repository stores and finds {@link StoredItem}s. It keeps every item it is given, deleted
 * ones included: a row marked deleted is how clients learn of a delete, so it must stay listable.
 *
 * <p>Implementations must be thread-safe. Runtime exceptions other than {@link RequestRejectedException} are
 * answered 500 and logged.
 */
public interface Repository {

  /** The stored item with this id, deleted or not. */
  Optional<StoredItem> find(String id);

  /**
   * Streams one page: hands each row that matches {@code query}'s filter to {@code sink}, in the query's
   * order, skipping {@code offset} rows and stopping after {@code limit}. The sink writes each row into the
   * response as it comes, so a repository need not (and should not) collect the page first; it may hold its
   * cursor open until it returns. Exceptions from the sink pass through.
   *
   * @throws RequestRejectedException with 400 for a query the repository cannot evaluate
   */
  void list(ItemQuery query, Consumer<? super StoredItem> sink);

  /**
   * The number of rows that match {@code query}'s filter, ignoring its order, offset and limit; asked only for
   * {@code $count=true}.
   */
  long count(ItemQuery query);

  /**
   * Writes one item atomically: waits until no other write of this table runs, picks the write's
   * {@code updatedAt}, reads the stored item with this id, calls {@code change} with both, and stores what it
   * returns, inserting or replacing, before another write of the table may start. If {@code change} throws,
   * nothing is stored and the exception passes through unchanged.
   *
   * <p>The {@code updatedAt} is {@code now} or later, and later than every one given out before in this table,
   * so writes commit in the order of their timestamps: a client's delta token never passes a row that commits
   * later with an earlier time (invariant 8 of DESIGN.md). It has whole milliseconds, the protocol's precision,
   * as {@code now} has: a finer time would not survive the client's delta token.
   *
   * @param id the id of the item written
   * @param now the server clock's time, in whole milliseconds
   * @param change builds the item to store from the stored one (if any) and the write's {@code updatedAt}
   * @return what {@code change} returned, as stored
   */
  StoredItem write(String id, Instant now, Change change);

  /** Whether the storage answers, for {@code GET /health}; true unless overridden. Never throws. */
  default boolean isReachable() {
    return true;
  }

  /** The server's part of a write, run by {@link Repository#write} while it holds the table's write lock. */
  @FunctionalInterface
  interface Change {

    /**
     * The item to store.
     *
     * @param stored the stored item with the id, deleted or not, or empty
     * @param updatedAt the write's time, which the returned item carries
     */
    StoredItem apply(Optional<StoredItem> stored, Instant updatedAt);
  }
}
