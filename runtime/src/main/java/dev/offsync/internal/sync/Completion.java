package dev.offsync.internal.sync;

/** What {@link SyncStore#complete} did with an operation the service accepted. */
public enum Completion {
  /** The service's copy was written locally and the operation left the queue. */
  COMPLETED,
  /**
   * The item changed locally while the request was in flight: the local row was kept, and the operation
   * stays queued as a new change based on the service's copy and version.
   */
  KEPT_LOCAL_CHANGE,
  /** The operation was no longer queued (discarded meanwhile); nothing was written. */
  OPERATION_GONE
}
