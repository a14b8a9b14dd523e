package dev.offsync;

import java.util.Objects;

/**
 * How a purge treats pending operations and delta tokens.
 *
 * @param discardPendingOperations purge even though the table has unsent changes, discarding them
 * @param deltaTokens what happens to the table's delta tokens
 * @param queryId the only query whose token the policy applies to, or null for all the table's queries
 */
public record PurgeOptions(boolean discardPendingOperations, DeltaTokenPolicy deltaTokens, String queryId) {

  /** What a purge does with delta tokens. */
  public enum DeltaTokenPolicy {
    /** Keep them: the next pull fetches only newer records, so purged rows stay away. */
    KEEP,
    /** Remove them: the next pull fetches everything again. */
    RESET,
    /**
     * Set them to the service's "now" as far as the device knows it: the newest record any pull of the table
     * received (remove them if none did). Never the device's clock, which may run ahead of the service's.
     */
    SET_TO_NOW,
    /**
     * Set each to the newest {@code updatedAt} of the rows left locally, but never past the records that
     * query's pulls received (a row this device pushed may be newer than another device's record no pull has
     * brought yet); remove it if no row is left or the query never pulled.
     */
    SET_TO_NEWEST_LOCAL
  }

  /** Checks the policy. */
  public PurgeOptions {
    Objects.requireNonNull(deltaTokens, "deltaTokens");
  }

  /** The default: refuse with pending operations, reset every delta token of the table. */
  public static PurgeOptions defaults() {
    return new PurgeOptions(false, DeltaTokenPolicy.RESET, null);
  }

  /** Purge even with pending operations, discarding them; reset every delta token of the table. */
  public static PurgeOptions force() {
    return new PurgeOptions(true, DeltaTokenPolicy.RESET, null);
  }

  /** These options with another delta-token policy. */
  public PurgeOptions withDeltaTokens(DeltaTokenPolicy policy) {
    return new PurgeOptions(discardPendingOperations, policy, queryId);
  }

  /** These options applying the token policy to one query id only. */
  public PurgeOptions forQuery(String id) {
    return new PurgeOptions(discardPendingOperations, deltaTokens, Objects.requireNonNull(id, "id"));
  }
}
