package dev.offsync;

/**
 * A live observation started by {@link LocalQuery#observe} or {@link OfflineTable#observe}: cancel it when the
 * screen showing the result goes away. {@link SyncClient#close()} cancels every subscription of the client.
 */
public interface Subscription extends AutoCloseable {

  /**
   * Stops the observation: no delivery starts after this returns (one already running on a listener thread
   * may finish). Idempotent; may be called from any thread, the listener's own included.
   */
  void cancel();

  /** Whether the observation still runs: not cancelled, and its client not closed. */
  boolean isActive();

  /** The same as {@link #cancel()}, for try-with-resources. */
  @Override
  default void close() {
    cancel();
  }
}
