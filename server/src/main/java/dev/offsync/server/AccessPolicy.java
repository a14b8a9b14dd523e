package dev.offsync.server;

import java.util.Map;

/**
 * Access control for the tables of a server, like the access control provider of Microsoft's Datasync
 * server: which rows a user may see, whether an operation is allowed, and hooks around each commit.
 *
 * <p>Items are given as maps from column name to value: {@code id}, every data column, and after a commit the
 * system properties {@code updatedAt} ({@code Instant}), {@code version} and {@code deleted}. Implementations
 * must be thread-safe. Every method has a permissive default, so a policy overrides only what it needs.
 */
public interface AccessPolicy {

  /** The policy that allows everything. */
  AccessPolicy ALLOW_ALL = new AccessPolicy() {};

  /**
   * The rows of {@code table} that {@code user} may see; rows outside it are answered 404 and never listed.
   */
  default RowView view(User user, String table) {
    return RowView.all();
  }

  /**
   * Whether {@code user} may do {@code operation} on {@code item} of {@code table}; false answers 403.
   *
   * @param item the stored item for read, update and delete, the new item for create, null for a query
   */
  default boolean isAllowed(User user, String table, Operation operation, Map<String, Object> item) {
    return true;
  }

  /**
   * Called inside the write, on the row it replaces, just before it is stored; may change the data columns of
   * {@code item} (the map is mutable) or throw {@link RequestRejectedException} to abort the write. Keep it
   * fast: writers of the same row or table may wait for it. On PostgreSQL it can run more than once for one
   * request, at most three times: a create is first checked as the create of a new id, before its id is known
   * to be free, and a write whose row another write replaced after a run is checked again on the new row. Only
   * the last run's item is stored. So it should not have effects outside {@code item}; use
   * {@link #afterCommit} for those.
   */
  default void beforeCommit(User user, String table, Operation operation, Map<String, Object> item) {}

  /** Called after the commit with the stored item; an exception here is logged, the answer stays a success. */
  default void afterCommit(User user, String table, Operation operation, Map<String, Object> item) {}
}
