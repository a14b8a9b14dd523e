package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.time.Instant;

/**
 * An {@code Instant} column (UTC, millisecond precision).
 *
 * @param <T> the entity (model) type whose table has this column
 */
public final class InstantField<T> extends DateTimeExpression<T, Instant> implements Field<T, Instant> {

  /** A field for the column with this name, of entity type {@code T}. */
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
