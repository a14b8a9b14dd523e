package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.math.BigDecimal;

/** A {@code BigDecimal} column, compared numerically. */
public final class DecimalField extends NumberExpression implements Field<BigDecimal> {

  /** A field for the column with this name. */
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
