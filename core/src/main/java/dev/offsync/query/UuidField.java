package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.util.UUID;

/**
 * A {@code UUID} column.
 *
 * @param <T> the entity (model) type whose table has this column
 */
public final class UuidField<T> extends Expression<T, UUID> implements Field<T, UUID> {

  /** A field for the column with this name, of entity type {@code T}. */
  public UuidField(String name) {
    super(new ColumnRef(name, ColumnType.UUID));
  }

  @Override
  public String name() {
    return ((ColumnRef) operand()).name();
  }

  @Override
  public ColumnType type() {
    return ColumnType.UUID;
  }

  /** The column's name. */
  @Override
  public String toString() {
    return name();
  }
}
