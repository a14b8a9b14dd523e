package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.time.Instant;

/** An {@code Instant} column (UTC, millisecond precision). */
public final class InstantField extends Field<Instant> {

  /** A field for the column with this name. */
  public InstantField(String name) {
    super(name, ColumnType.DATETIME);
  }
}
