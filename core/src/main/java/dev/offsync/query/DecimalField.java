package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.math.BigDecimal;

/** A {@code BigDecimal} column. */
public final class DecimalField extends Field<BigDecimal> {

  /** A field for the column with this name. */
  public DecimalField(String name) {
    super(name, ColumnType.DECIMAL);
  }
}
