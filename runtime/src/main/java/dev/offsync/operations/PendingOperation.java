package dev.offsync.operations;

import java.util.Objects;

/**
 * One operation in the local queue, as the application sees it: a change not yet confirmed by the service.
 *
 * @param sequence the queue position; operations are pushed in increasing sequence order
 * @param table the table name
 * @param itemId the id of the changed item
 * @param kind what the push will do
 * @param state whether it waits, was sent, or failed
 * @param attempts how many times it was sent
 * @param lastError the last failure's description, or null
 */
public record PendingOperation(long sequence, String table, String itemId, OperationKind kind,
    OperationState state, int attempts, String lastError) {

  /** Checks that the required parts are present. */
  public PendingOperation {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(state, "state");
  }
}
