package dev.offsync.internal.live;

/**
 * The names under which a write marks the store's own tables, beside the entity tables' names. They start
 * with two underscores, which a Datasync table name cannot, so they never collide with an entity table.
 */
public final class TrackedTables {

  /** Marked by every change to the operations queue. */
  public static final String OPERATIONS = "__operations";

  /** Marked by every change to a delta token. */
  public static final String DELTA_TOKENS = "__deltatokens";

  private TrackedTables() {}
}
