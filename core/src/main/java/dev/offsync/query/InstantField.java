package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.time.Instant;

/** An {@code Instant} column (UTC, millisecond precision). */
public final class InstantField extends DateTimeExpression<Instant> implements Field<Instant> {

  /** A field for the column with this name. */
  public InstantField(String name) {
    super(new ColumnRef(name, ColumnType.DATETIME));
  }

  @Override
  public String name() {
    return ((ColumnRef) operand()).name();
  }

  @Override
  public ColumnType type() {
    return ColumnType.DATETIME;
  }

  /** The column's name. */
  @Override
  public String toString() {
    return name();
  }
}
