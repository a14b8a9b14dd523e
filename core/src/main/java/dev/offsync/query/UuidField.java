package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.util.UUID;

/** A {@code UUID} column. */
public final class UuidField extends Expression<UUID> implements Field<UUID> {

  /** A field for the column with this name. */
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
