package dev.offsync.testing.internal.memory;

import dev.offsync.query.ArithmeticOperator;
import dev.offsync.query.Literal;
import dev.offsync.internal.generated.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.UUID;

/**
 * SQLite's rules for values in storage form ({@code Long}, {@code Double}, {@code String}, {@code byte[]},
 * null): how literals are bound, how values compare and sort, and how arithmetic behaves, including its
 * corner cases (integer overflow continues in floating point; division by zero and NaN give null).
 */
final class SqliteValues {

  private static final double TWO_POW_63 = 9.223372036854775807E18;

  private SqliteValues() {}

  /** A literal as the SQLite printer binds it. */
  static Object literal(Literal literal) {
    Object value = literal.value();
    if (value == null) {
      return null;
    }
    return switch (literal.type()) {
      case BOOLEAN -> (Boolean) value ? 1L : 0L;
      case INT, LONG -> ((Number) value).longValue();
      case FLOAT, DOUBLE -> ((Number) value).doubleValue();
      case DECIMAL -> ((BigDecimal) value).doubleValue();
      case DATETIME -> ((Instant) value).toEpochMilli();
      case DATE -> Values.formatDate((LocalDate) value);
      case TIME -> Values.formatTime((LocalTime) value);
      case LOCAL_DATETIME -> Values.formatLocalDateTime((LocalDateTime) value);
      case UUID -> Values.formatUuid((UUID) value);
      case BYTES -> value;
      default -> value.toString();
    };
  }

  /** {@code CAST(value AS REAL)}: the number a stored decimal's text starts with, or null. */
  static Object real(Object value) {
    if (value == null || value instanceof Double) {
      return value;
    }
    if (value instanceof Long number) {
      return number.doubleValue();
    }
    String text = value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
        : value.toString();
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      return 0.0;
    }
  }

  /** Whether two non-null values are equal ({@code =}). */
  static boolean equal(Object left, Object right) {
    if (left instanceof byte[] a && right instanceof byte[] b) {
      return Arrays.equals(a, b);
    }
    return compare(left, right) == 0;
  }

  /**
   * SQLite's order of values: null first, then numbers (integers and reals compared exactly), then text by
   * code point (binary collation), then blobs byte by byte.
   */
  static int compare(Object left, Object right) {
    int classes = Integer.compare(rank(left), rank(right));
    if (classes != 0) {
      return classes;
    }
    if (left == null) {
      return 0;
    } else if (left instanceof Number a) {
      return compareNumbers(a, (Number) right);
    } else if (left instanceof String a) {
      return compareText(a, (String) right);
    }
    return Arrays.compareUnsigned((byte[]) left, (byte[]) right);
  }

  private static int rank(Object value) {
    if (value == null) {
      return 0;
    }
    return value instanceof Number ? 1 : value instanceof String ? 2 : 3;
  }

  private static int compareNumbers(Number a, Number b) {
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    } else if (a instanceof Long x) {
      return -compareRealToInteger(b.doubleValue(), x);
    } else if (b instanceof Long y) {
      return compareRealToInteger(a.doubleValue(), y);
    }
    double x = a.doubleValue();
    double y = b.doubleValue();
    return x < y ? -1 : x > y ? 1 : 0;
  }

  private static int compareRealToInteger(double real, long integer) {
    if (real < -TWO_POW_63) {
      return -1;
    } else if (real >= TWO_POW_63) {
      return 1;
    }
    long whole = (long) real;
    if (whole != integer) {
      return whole < integer ? -1 : 1;
    }
    double fraction = real - whole;
    return fraction < 0 ? -1 : fraction > 0 ? 1 : 0;
  }

  /** Code-point order, which is SQLite's binary order of UTF-8 text. */
  static int compareText(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /**
   * An arithmetic operator. {@code integralMod} says that the SQLite printer wrote {@code mod} as the
   * {@code %} operator (both operands declared whole numbers), which works on integers, rather than the
   * {@code mod()} function, which works on reals.
   */
  static Object arithmetic(ArithmeticOperator operator, Object left, Object right, boolean integralMod) {
    if (left == null || right == null) {
      return null;
    }
    Number a = (Number) left;
    Number b = (Number) right;
    if (operator == ArithmeticOperator.MOD && integralMod) {
      return remainder(a, b);
    }
    if (a instanceof Long x && b instanceof Long y) {
      Object exact = integers(operator, x, y);
      if (exact != FLOATING) {
        return exact;
      }
    }
    return reals(operator, a.doubleValue(), b.doubleValue());
  }

  /** Marks an integer result that overflowed: SQLite computes it in floating point instead. */
  private static final Object FLOATING = new Object();

  private static Object integers(ArithmeticOperator operator, long x, long y) {
    try {
      return switch (operator) {
        case ADD -> Math.addExact(x, y);
        case SUB -> Math.subtractExact(x, y);
        case MUL -> Math.multiplyExact(x, y);
        case DIV -> y == 0 ? null : x == Long.MIN_VALUE && y == -1 ? FLOATING : (Object) (x / y);
        case MOD -> y == 0 ? null : (Object) (y == -1 ? 0L : x % y);
      };
    } catch (ArithmeticException overflow) {
      return FLOATING;
    }
  }

  private static Object reals(ArithmeticOperator operator, double x, double y) {
    double result = switch (operator) {
      case ADD -> x + y;
      case SUB -> x - y;
      case MUL -> x * y;
      case DIV -> y == 0 ? Double.NaN : x / y;
      case MOD -> x % y;
    };
    return Double.isNaN(result) ? null : result;
  }

  /** The {@code %} operator: on integers always, a real result if either operand was real. */
  private static Object remainder(Number a, Number b) {
    long x = a instanceof Long whole ? whole : (long) a.doubleValue();
    long y = b instanceof Long whole ? whole : (long) b.doubleValue();
    if (y == 0) {
      return null;
    }
    long result = y == -1 ? 0 : x % y;
    return a instanceof Long && b instanceof Long ? (Object) result : (Object) (double) result;
  }
}
