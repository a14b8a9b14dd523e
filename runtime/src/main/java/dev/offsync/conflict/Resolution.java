package dev.offsync.conflict;

import java.util.Objects;

/**
 * What a {@link ConflictResolver} decided.
 *
 * @param <T> the entity type
 */
public sealed interface Resolution<T> {

  /** Send the local change again, over the service's copy (its version in {@code If-Match}). */
  record ClientWins<T>() implements Resolution<T> {}

  /** Take the service's copy locally and drop the local change. */
  record ServerWins<T>() implements Resolution<T> {}

  /**
   * Send this merged item over the service's copy; it also replaces the local row.
   *
   * @param item the merged item, with the conflicting item's id
   */
  record Merged<T>(T item) implements Resolution<T> {
    /** Checks the item. */
    public Merged {
      Objects.requireNonNull(item, "item");
    }
  }

  /** Decide nothing now: the operation stays queued as failed, with the service's copy, for the app. */
  record LeaveFailed<T>() implements Resolution<T> {}

  /** Send the local change again, over the service's copy. */
  static <T> Resolution<T> clientWins() {
    return new ClientWins<>();
  }

  /** Take the service's copy and drop the local change. */
  static <T> Resolution<T> serverWins() {
    return new ServerWins<>();
  }

  /** Send a merged item. */
  static <T> Resolution<T> merged(T item) {
    return new Merged<>(item);
  }

  /** Leave the operation failed for the app. */
  static <T> Resolution<T> leaveFailed() {
    return new LeaveFailed<>();
  }
}
