package dev.offsync.query.internal;

import dev.offsync.query.Literal;
import dev.offsync.schema.ColumnType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Conversions of Java values into the canonical value of a {@link Literal}. */
public final class Literals {

  private Literals() {}

  /** Checks that {@code value} has the canonical class for {@code type} and normalizes it. */
  public static Object canonical(ColumnType type, Object value) {
    Class<?> expected = canonicalClass(type);
    if (!expected.isInstance(value)) {
      throw new IllegalArgumentException("A " + type.schemaName() + " literal holds a " + expected.getSimpleName()
          + ", not a " + value.getClass().getSimpleName());
    }
    return switch (type) {
      case DATETIME -> ((Instant) value).truncatedTo(ChronoUnit.MILLIS);
      case TIME -> ((LocalTime) value).truncatedTo(ChronoUnit.MILLIS);
      case LOCAL_DATETIME -> ((LocalDateTime) value).truncatedTo(ChronoUnit.MILLIS);
      case BYTES -> ((byte[]) value).clone();
      case FLOAT -> requireFinite((Float) value, ((Float) value).isInfinite() || ((Float) value).isNaN());
      case DOUBLE -> requireFinite((Double) value, ((Double) value).isInfinite() || ((Double) value).isNaN());
      default -> value;
    };
  }

  private static Object requireFinite(Object value, boolean notFinite) {
    if (notFinite) {
      throw new IllegalArgumentException("Floating-point literals must be finite, not " + value);
    }
    return value;
  }

  /** The Java class a literal of this type holds. */
  public static Class<?> canonicalClass(ColumnType type) {
    return switch (type) {
      case STRING, ENUM -> String.class;
      case BOOLEAN -> Boolean.class;
      case INT -> Integer.class;
      case LONG -> Long.class;
      case FLOAT -> Float.class;
      case DOUBLE -> Double.class;
      case DECIMAL -> BigDecimal.class;
      case DATETIME -> Instant.class;
      case DATE -> LocalDate.class;
      case TIME -> LocalTime.class;
      case LOCAL_DATETIME -> LocalDateTime.class;
      case UUID -> UUID.class;
      case BYTES -> byte[].class;
    };
  }

  /** Converts the common Java representations of a type's values into the canonical one. */
  public static Object convert(ColumnType type, Object value) {
    if (type == ColumnType.DATETIME && value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (type == ColumnType.ENUM && value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (type == ColumnType.INT && (value instanceof Short || value instanceof Byte)) {
      return ((Number) value).intValue();
    }
    return value;
  }

  /** A numeric literal typed by the Java class of the value. */
  public static Literal number(Number value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return new Literal(ColumnType.INT, value.intValue());
    }
    if (value instanceof Long) {
      return new Literal(ColumnType.LONG, value);
    }
    if (value instanceof Float) {
      return new Literal(ColumnType.FLOAT, value);
    }
    if (value instanceof Double) {
      return new Literal(ColumnType.DOUBLE, value);
    }
    if (value instanceof BigDecimal) {
      return new Literal(ColumnType.DECIMAL, value);
    }
    if (value instanceof BigInteger big) {
      return new Literal(ColumnType.DECIMAL, new BigDecimal(big));
    }
    throw new IllegalArgumentException("Unsupported number class " + value.getClass().getName()
        + ": use Integer, Long, Float, Double, BigDecimal or BigInteger");
  }
}
