package dev.offsync.internal.store;

/**
 * Points inside a local write where tests inject faults; production code uses {@link #NONE}.
 *
 * <p>A hook that throws makes the surrounding write transaction roll back, as a crash or an I/O error at
 * that point would.
 */
public interface StoreHooks {

  /** Hooks that do nothing. */
  StoreHooks NONE = new StoreHooks() {};

  /** Called inside the write transaction after the entity row is written and before the queue is. */
  default void beforeQueueWrite(String table, String itemId) {}
}
