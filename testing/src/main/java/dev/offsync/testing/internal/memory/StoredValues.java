package dev.offsync.testing.internal.memory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLFeatureNotSupportedException;

/**
 * The storage form of values, as SQLite keeps them: {@code Long} for INTEGER, {@code Double} for REAL,
 * {@code String} for TEXT and {@code byte[]} for BLOB, chosen by the column's affinity the way SQLite
 * converts a bound value; and the conversions SQLite's JDBC driver applies when a value is read back
 * as another Java type.
 */
final class StoredValues {

  /** A column's SQLite type affinity. */
  enum Affinity {
    /** {@code INTEGER}: whole numbers as {@code Long}. */
    INTEGER,
    /** {@code REAL}: numbers as {@code Double}. */
    REAL,
    /** {@code TEXT}: numbers become their text. */
    TEXT,
    /** {@code BLOB}: values kept as they are. */
    BLOB;

    /** The affinity of a SQLite column type name. */
    static Affinity of(String sqliteType) {
      return valueOf(sqliteType);
    }
  }

  private StoredValues() {}

  /** The value a column of this affinity holds for a bound value. */
  static Object store(Affinity affinity, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[] bytes) {
      return bytes.clone();
    }
    if (value instanceof Boolean flag) {
      value = flag ? 1L : 0L;
    }
    return switch (affinity) {
      case INTEGER -> integer(value);
      case REAL -> value instanceof Number number ? (Object) number.doubleValue() : value;
      case TEXT -> value instanceof Number number ? text(number) : value.toString();
      case BLOB -> value instanceof Number number ? numeric(number) : value;
    };
  }

  private static Object integer(Object value) {
    if (value instanceof Number number) {
      Object numeric = numeric(number);
      if (numeric instanceof Double real && real == Math.rint(real) && Math.abs(real) < 9.2e18) {
        return real.longValue();
      }
      return numeric;
    }
    return value;
  }

  private static Object numeric(Number number) {
    if (number instanceof Double || number instanceof Float || number instanceof BigDecimal) {
      return number.doubleValue();
    }
    return number.longValue();
  }

  /** SQLite's text for a number. */
  static String text(Number number) {
    Object numeric = numeric(number);
    return numeric.toString();
  }

  /** A stored value read as {@code type}, as SQLite's driver converts it; null gives Java's zero value. */
  static Object read(Object value, Class<?> type) throws SQLFeatureNotSupportedException {
    if (type == String.class) {
      return value == null ? null : value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
          : value instanceof Number number ? text(number) : value;
    }
    if (type == byte[].class) {
      return value == null ? null : value instanceof byte[] bytes ? bytes.clone()
          : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }
    if (type == Object.class) {
      return value instanceof byte[] bytes ? bytes.clone() : value;
    }
    if (type == BigDecimal.class) {
      return value == null ? null : new BigDecimal(read(value, String.class).toString());
    }
    return primitive(value, type);
  }

  private static Object primitive(Object value, Class<?> type) throws SQLFeatureNotSupportedException {
    double real = value instanceof Number number ? number.doubleValue() : parse(value);
    long whole = value instanceof Long number ? number : (long) real;
    if (type == long.class) {
      return whole;
    } else if (type == int.class) {
      return (int) whole;
    } else if (type == short.class) {
      return (short) whole;
    } else if (type == byte.class) {
      return (byte) whole;
    } else if (type == double.class) {
      return real;
    } else if (type == float.class) {
      return (float) real;
    } else if (type == boolean.class) {
      return whole != 0 || real != 0;
    }
    throw new SQLFeatureNotSupportedException("The in-memory store cannot read a column as " + type.getName());
  }

  private static double parse(Object value) {
    if (value == null || value instanceof byte[]) {
      return 0;
    }
    try {
      return Double.parseDouble(value.toString().trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
