package dev.offsync.conflict;

/**
 * Decides what happens when the service refuses a pushed change because its copy changed too. Called on the
 * pushing thread, once per conflict; it must not call the client's push or pull.
 *
 * <p>The default for every table is {@link #leaveFailed()}: nothing is decided silently.
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface ConflictResolver<T> {

  /** The resolution of one conflict. */
  Resolution<T> resolve(Conflict<T> conflict);

  /** The local change wins: it is sent again over the service's copy. */
  static <T> ConflictResolver<T> clientWins() {
    return conflict -> Resolution.clientWins();
  }

  /** The service's copy wins: it replaces the local row and the local change is dropped. */
  static <T> ConflictResolver<T> serverWins() {
    return conflict -> Resolution.serverWins();
  }

  /** Nothing is decided: the operation stays failed with the service's copy until the app resolves it. */
  static <T> ConflictResolver<T> leaveFailed() {
    return conflict -> Resolution.leaveFailed();
  }
}
