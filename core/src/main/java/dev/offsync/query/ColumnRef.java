package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.util.Objects;

/**
 * A reference to a column by its JSON and SQL name.
 *
 * @param name the column's name, exactly as stored
 * @param type the column's type
 */
public record ColumnRef(String name, ColumnType type) implements Operand {

  /** Checks that both parts are present and the name is not empty. */
  public ColumnRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("A column name must not be empty");
    }
  }
}
