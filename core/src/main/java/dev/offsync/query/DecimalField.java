package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.math.BigDecimal;

/**
 * A {@code BigDecimal} column, compared numerically.
 *
 * @param <T> the entity (model) type whose table has this column
 */
public final class DecimalField<T> extends NumberExpression<T> implements Field<T, BigDecimal> {

  /** A field for the column with this name, of entity type {@code T}. */
  public DecimalField(String name) {
    super(new ColumnRef(name, ColumnType.DECIMAL));
  }

  @Override
  public String name() {
    return ((ColumnRef) operand()).name();
  }

  @Override
  public ColumnType type() {
    return ColumnType.DECIMAL;
  }

  /** The column's name. */
  @Override
  public String toString() {
    return name();
  }
}
