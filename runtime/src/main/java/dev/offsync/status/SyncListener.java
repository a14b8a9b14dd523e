package dev.offsync.status;

/** Receives {@link SyncEvent}s on the syncing thread; it should return quickly and must not throw. */
@FunctionalInterface
public interface SyncListener {

  /** Called for each event. */
  void onEvent(SyncEvent event);
}
