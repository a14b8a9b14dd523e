package dev.offsync.server.internal.changes;

import java.time.Instant;
import java.util.Objects;

/**
 * That a table changed, as the server passes it between its instances: never a record's contents.
 *
 * @param table the table's name
 * @param updatedAt the {@code updatedAt} the write committed with
 * @param owner the value of the table's owner column in the written row, or null when it has none; used only
 *     to choose the connections that hear of it, never sent to clients
 */
public record ChangeNotice(String table, Instant updatedAt, String owner) {

  /** Checks the table and time. */
  public ChangeNotice {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
