package dev.offsync.server.internal.storage;

/** SQL text helpers. */
public final class Sql {

  /** The name of the table that holds each table's clock: the last {@code updatedAt} given out. */
  public static final String CLOCK_TABLE = "__offsync_clock";

  private Sql() {}

  /** A double-quoted identifier; names are validated before they get here, quotes are doubled anyway. */
  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
