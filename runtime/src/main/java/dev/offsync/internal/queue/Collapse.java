package dev.offsync.internal.queue;

import dev.offsync.errors.InvalidOperationSequenceException;
import dev.offsync.operations.OperationKind;
import dev.offsync.operations.OperationState;
import dev.offsync.store.QueuedOperation;

/**
 * The collapse table of PROTOCOL.md: what a new local change does to the operation already queued for the
 * same item. Pure; the caller applies the outcome to the row and the queue in one transaction.
 *
 * <table>
 *   <caption>Pending operation, new change, result</caption>
 *   <tr><td>insert</td><td>update</td><td>insert, carrying the new item</td></tr>
 *   <tr><td>insert</td><td>delete</td><td>nothing to send if the insert was never attempted; else a delete
 *       (the service may have the item already)</td></tr>
 *   <tr><td>update</td><td>update</td><td>update, carrying the new item</td></tr>
 *   <tr><td>update</td><td>delete</td><td>delete</td></tr>
 *   <tr><td>delete</td><td>insert</td><td>update (replace) with the new item</td></tr>
 *   <tr><td>insert/update</td><td>insert; delete: update, delete</td><td>refused</td></tr>
 * </table>
 */
final class Collapse {

  /** What happens to the queue. */
  sealed interface Outcome permits Queue, Merge, Cancel {}

  /**
   * No operation was pending: queue a new one of this kind.
   *
   * @param kind the new operation's kind
   */
  record Queue(OperationKind kind) implements Outcome {}

  /**
   * Rewrite the pending operation as this kind, carrying the new item.
   *
   * @param kind the operation's kind from now on
   */
  record Merge(OperationKind kind) implements Outcome {}

  /** Remove the pending operation: the changes cancel out and nothing needs sending. */
  record Cancel() implements Outcome {}

  private Collapse() {}

  /**
   * The outcome of a new change of kind {@code requested} on an item whose pending operation is
   * {@code pending} (null if none).
   *
   * @throws InvalidOperationSequenceException for the refused pairs
   */
  static Outcome apply(QueuedOperation pending, OperationKind requested) {
    if (pending == null) {
      return new Queue(requested);
    }
    return switch (pending.kind()) {
      case INSERT -> switch (requested) {
        case UPDATE -> new Merge(OperationKind.INSERT);
        case DELETE -> pending.attempts() == 0 ? new Cancel() : new Merge(OperationKind.DELETE);
        case INSERT -> throw refused(pending, requested);
      };
      case UPDATE -> switch (requested) {
        case UPDATE -> new Merge(OperationKind.UPDATE);
        // An update the service refused as gone (404/410), then deleted here: both sides agree, nothing to send.
        case DELETE -> isGoneOnService(pending) ? new Cancel() : new Merge(OperationKind.DELETE);
        case INSERT -> throw refused(pending, requested);
      };
      case DELETE -> switch (requested) {
        case INSERT -> new Merge(OperationKind.UPDATE);
        case UPDATE, DELETE -> throw refused(pending, requested);
      };
    };
  }

  private static boolean isGoneOnService(QueuedOperation pending) {
    Integer status = pending.httpStatus();
    return pending.state() == OperationState.FAILED && status != null && (status == 404 || status == 410);
  }

  private static InvalidOperationSequenceException refused(QueuedOperation pending, OperationKind requested) {
    return new InvalidOperationSequenceException(pending.table(), pending.itemId(), pending.kind(), requested);
  }
}
