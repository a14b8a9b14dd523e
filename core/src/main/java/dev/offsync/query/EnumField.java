package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.util.Objects;

/**
 * An enum column, stored and sent as the constant's name; supports null, equality and {@code in} tests.
 *
 * @param <T> the entity (model) type whose table has this column
 * @param <E> the enum type
 */
public final class EnumField<T, E extends Enum<E>> extends Expression<T, E> implements Field<T, E> {

  private final Class<E> enumType;

  /** A field for the column with this name, holding constants of {@code enumType}. */
  public EnumField(String name, Class<E> enumType) {
    super(new ColumnRef(name, ColumnType.ENUM));
    this.enumType = Objects.requireNonNull(enumType, "enumType");
  }

  /** The enum class. */
  public Class<E> enumType() {
    return enumType;
  }

  @Override
  public String name() {
    return ((ColumnRef) operand()).name();
  }

  @Override
  public ColumnType type() {
    return ColumnType.ENUM;
  }

  /** Equal to an enum field with the same name and enum class. */
  @Override
  public boolean equals(Object other) {
    return super.equals(other) && enumType == ((EnumField<?, ?>) other).enumType;
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + enumType.hashCode();
  }

  /** The column's name. */
  @Override
  public String toString() {
    return name();
  }
}
