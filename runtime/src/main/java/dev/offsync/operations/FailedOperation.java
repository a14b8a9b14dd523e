package dev.offsync.operations;

/**
 * An operation that a push could not complete; it stays queued until resolved or discarded.
 *
 * @param operation the operation, as it stands in the queue
 * @param status the service's HTTP status, or 0 if it never answered
 * @param error what went wrong
 */
public record FailedOperation(PendingOperation operation, int status, String error) {}
