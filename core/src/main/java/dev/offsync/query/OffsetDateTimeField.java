package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.time.OffsetDateTime;

/**
 * An {@code OffsetDateTime} column, stored as an instant in UTC.
 *
 * @param <T> the entity (model) type whose table has this column
 */
public final class OffsetDateTimeField<T> extends DateTimeExpression<T, OffsetDateTime> implements Field<T, OffsetDateTime> {

  /** A field for the column with this name, of entity type {@code T}. */
  public OffsetDateTimeField(String name) {
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
