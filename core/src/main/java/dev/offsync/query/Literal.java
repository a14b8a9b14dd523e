package dev.offsync.query;

import dev.offsync.query.internal.Literals;
import dev.offsync.schema.ColumnType;
import java.util.Arrays;
import java.util.Objects;

/**
 * A constant value of one column type, or the typed null literal.
 *
 * <p>The value is held in one canonical Java type per column type: {@code String} for {@code STRING} and
 * {@code ENUM} (the constant's name), {@code Boolean}, {@code Integer}, {@code Long}, {@code Float},
 * {@code Double}, {@code BigDecimal}, {@code Instant} for {@code DATETIME}, {@code LocalDate},
 * {@code LocalTime}, {@code LocalDateTime}, {@code UUID} and {@code byte[]}. Times are truncated to
 * milliseconds, the protocol's precision; floating-point values must be finite.
 *
 * @param type the column type of the value
 * @param value the value in its canonical Java type, or null for the null literal
 */
public record Literal(ColumnType type, Object value) implements Operand {

  /** Checks that the value has the canonical Java type for {@code type}, and normalizes it. */
  public Literal {
    Objects.requireNonNull(type, "type");
    value = value == null ? null : Literals.canonical(type, value);
  }

  /**
   * A literal of the given column type from a Java value: also accepts an {@code OffsetDateTime} for
   * {@code DATETIME}, an enum constant for {@code ENUM}, and {@code Short} or {@code Byte} for {@code INT}.
   *
   * @throws IllegalArgumentException if the value does not fit the column type
   */
  public static Literal of(ColumnType type, Object value) {
    return new Literal(type, Literals.convert(type, Objects.requireNonNull(value, "value")));
  }

  /**
   * A numeric literal typed by the Java class of {@code value}: {@code Integer} (and {@code Short},
   * {@code Byte}) as {@code INT}, {@code Long} as {@code LONG}, {@code Float}, {@code Double}, and
   * {@code BigDecimal} or {@code BigInteger} as {@code DECIMAL}.
   *
   * @throws IllegalArgumentException for other {@code Number} classes and for non-finite floating-point values
   */
  public static Literal ofNumber(Number value) {
    return Literals.number(Objects.requireNonNull(value, "value"));
  }

  /** The null literal of the given type, as in {@code title eq null}. */
  public static Literal nullOf(ColumnType type) {
    return new Literal(type, null);
  }

  /** Whether this is the null literal. */
  public boolean isNull() {
    return value == null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Literal that && type == that.type && (value instanceof byte[] bytes
        ? that.value instanceof byte[] thatBytes && Arrays.equals(bytes, thatBytes)
        : Objects.equals(value, that.value));
  }

  @Override
  public int hashCode() {
    return 31 * type.hashCode() + (value instanceof byte[] bytes ? Arrays.hashCode(bytes) : Objects.hashCode(value));
  }

  @Override
  public String toString() {
    return "Literal[" + type + " " + (value instanceof byte[] bytes ? Arrays.toString(bytes) : value) + "]";
  }
}
