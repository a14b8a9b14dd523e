package dev.offsync.conflict;

import dev.offsync.operations.PendingOperation;

/**
 * A local change that the service refused because its copy of the item changed too (409 or 412).
 *
 * @param operation the queued operation that was sent
 * @param clientItem the item as changed locally; null when the local change is a delete
 * @param serverItem the service's copy; null when it sent none
 * @param status the service's status, 409 or 412
 * @param <T> the entity type
 */
public record Conflict<T>(PendingOperation operation, T clientItem, T serverItem, int status) {}
