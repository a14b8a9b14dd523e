package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.util.Objects;

/**
 * An enum column, stored and sent as the constant's name.
 *
 * @param <E> the enum type
 */
public final class EnumField<E extends Enum<E>> extends Field<E> {

  private final Class<E> enumType;

  /** A field for the column with this name, holding constants of {@code enumType}. */
  public EnumField(String name, Class<E> enumType) {
    super(name, ColumnType.ENUM);
    this.enumType = Objects.requireNonNull(enumType, "enumType");
  }

  /** The enum class. */
  public Class<E> enumType() {
    return enumType;
  }
}
