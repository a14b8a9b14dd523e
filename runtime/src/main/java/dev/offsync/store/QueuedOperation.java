package dev.offsync.store;

import dev.offsync.operations.OperationKind;
import dev.offsync.operations.OperationState;
import dev.offsync.operations.PendingOperation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One row of the operations queue, with everything push and conflict resolution need.
 *
 * @param sequence the queue position (0 for an operation not yet added); push order
 * @param table the table name
 * @param itemId the item id
 * @param kind what the push does
 * @param item the item's JSON as last written locally (for a delete, the item as it was deleted)
 * @param version the version for {@code If-Match}: the one last received from the service, or null
 * @param state pending, attempted or failed
 * @param attempts how many times the operation was sent
 * @param httpStatus the status of the last failed attempt, or null
 * @param lastError the last failure's description, or null
 * @param base the item's JSON as the service last sent it (the base of a three-way merge), or null
 * @param serverItem the service's copy reported with the last failure (409/412 body), or null
 * @param revision increases with every local change collapsed into the operation, so that a push can tell
 *     whether the item changed while its request was in flight
 * @param createdAt when the operation was queued
 * @param updatedAt when the operation last changed
 * @param sentItems the items the operation's sends carried since it was queued or rebased, as a JSON array
 *     ({@link #sentItemList()}), or null if it was not sent: a send may reach the service while its answer is lost,
 *     so a later conflict whose copy equals one of them is our own write, not another client's
 */
public record QueuedOperation(long sequence, String table, String itemId, OperationKind kind, String item,
    String version, OperationState state, int attempts, Integer httpStatus, String lastError, String base,
    String serverItem, long revision, Instant createdAt, Instant updatedAt, String sentItems) {

  /** Checks the required parts; timestamps are kept to the millisecond, as the store does. */
  public QueuedOperation {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(state, "state");
    createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    updatedAt = updatedAt.truncatedTo(ChronoUnit.MILLIS);
  }

  /** A new, never-sent operation for a first local change of an item. */
  public static QueuedOperation create(String table, String itemId, OperationKind kind, String item,
      String version, String base, Instant now) {
    return new QueuedOperation(0, table, itemId, kind, item, version, OperationState.PENDING, 0, null, null,
        base, null, 1, now, now, null);
  }

  /** This operation with another local change collapsed into it: new kind and item, next revision. */
  public QueuedOperation collapse(OperationKind newKind, String newItem, Instant now) {
    return new QueuedOperation(sequence, table, itemId, newKind, newItem, version, state, attempts, httpStatus,
        lastError, base, serverItem, revision + 1, createdAt, now, sentItems);
  }

  /** This operation marked as sent once more, carrying its current item. */
  public QueuedOperation attempted(Instant now) {
    return new QueuedOperation(sequence, table, itemId, kind, item, version, OperationState.ATTEMPTED,
        attempts + 1, httpStatus, lastError, base, serverItem, revision, createdAt, now,
        SentItems.with(sentItems, item));
  }

  /** This operation marked failed with the service's answer. */
  public QueuedOperation failed(Integer status, String error, String serverCopy, Instant now) {
    return new QueuedOperation(sequence, table, itemId, kind, item, version, OperationState.FAILED, attempts,
        status, error, base, serverCopy, revision, createdAt, now, sentItems);
  }

  /**
   * What remains of this operation after the service accepted an earlier revision of it: a fresh pending
   * change of the given kind, based on the service's copy and version.
   */
  public QueuedOperation rebased(OperationKind newKind, String newVersion, String serverCopy, Instant now) {
    return new QueuedOperation(sequence, table, itemId, newKind, item, newVersion, OperationState.PENDING, 0,
        null, null, serverCopy, null, revision + 1, createdAt, now, null);
  }

  /** The same operation with its item JSON replaced, for example after a schema migration. */
  public QueuedOperation withItem(String newItem, Instant now) {
    return new QueuedOperation(sequence, table, itemId, kind, newItem, version, state, attempts, httpStatus,
        lastError, base, serverItem, revision, createdAt, now, sentItems);
  }

  /** The items this operation's sends carried (oldest first, the last few), each as JSON; empty if unsent. */
  public List<String> sentItemList() {
    return SentItems.list(sentItems);
  }

  /** The public view of this operation. */
  public PendingOperation toPendingOperation() {
    return new PendingOperation(sequence, table, itemId, kind, state, attempts, lastError);
  }
}
