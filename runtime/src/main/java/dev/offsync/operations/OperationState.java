package dev.offsync.operations;

/** Where a queued operation is in its life: waiting, possibly sent, or failed with an error. */
public enum OperationState {
  /** Never sent, or changed locally since its last successful send. */
  PENDING,
  /** Sent at least once without a recorded answer; the next push sends it again. */
  ATTEMPTED,
  /** The service refused it; it keeps its error until the application resolves or discards it. */
  FAILED
}
