package dev.offsync.status;

import dev.offsync.SyncClient;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a client's sync is doing, for a status bar: whether the service was reachable last time, what runs
 * now, what waits in the queue, and when each table last synced. Immutable; read it with
 * {@link SyncClient#status()} or follow it with {@link SyncClient#observeStatus}.
 *
 * @param connectivity whether the last push or pull reached the service
 * @param lastFailure the last push or pull failure, if any since the client opened
 * @param activity the push or pull running now, if any
 * @param pendingByTable queued operations per table (failed ones included); tables with none are absent
 * @param failedOperations queued operations that failed and wait for the application
 * @param lastSyncByTable when each table last finished a pull, by this client's clock; absent before the first
 */
public record SyncStatus(Connectivity connectivity, Optional<Failure> lastFailure, Optional<Activity> activity,
    Map<String, Long> pendingByTable, long failedOperations, Map<String, Instant> lastSyncByTable) {

  /** Checks the parts and copies the maps. */
  public SyncStatus {
    Objects.requireNonNull(connectivity, "connectivity");
    Objects.requireNonNull(lastFailure, "lastFailure");
    Objects.requireNonNull(activity, "activity");
    pendingByTable = Map.copyOf(pendingByTable);
    lastSyncByTable = Map.copyOf(lastSyncByTable);
  }

  /** Whether the last push or pull reached the service. */
  public enum Connectivity {
    /** No push or pull has run yet. */
    UNKNOWN,
    /** The last push or pull reached the service (it may still have refused something). */
    ONLINE,
    /** The last push or pull could not reach the service. */
    OFFLINE
  }

  /**
   * A push or pull that stopped with an error.
   *
   * @param table the table pulled, or empty for a push
   * @param message the error's message (never item contents or tokens)
   * @param at when it happened, by the client's clock
   */
  public record Failure(Optional<String> table, String message, Instant at) {}

  /**
   * A push or pull in progress.
   *
   * @param kind push or pull
   * @param table the table being pulled, or the last table an operation was pushed for; empty at the start
   *     of a push
   * @param done operations sent or items committed so far
   * @param total operations to send, or items the service announced; -1 when unknown
   */
  public record Activity(Kind kind, Optional<String> table, long done, long total) {

    /** Which way data moves. */
    public enum Kind {
      /** Local changes go to the service. */
      PUSHING,
      /** Service changes come to the store. */
      PULLING
    }
  }

  /** The number of queued operations of every table together. */
  public long pendingOperations() {
    return pendingByTable.values().stream().mapToLong(Long::longValue).sum();
  }
}
