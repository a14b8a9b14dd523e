package dev.offsync.testing.internal.memory;

import dev.offsync.schema.ColumnType;
import dev.offsync.internal.generated.Values;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a migration carries a stored value over to a column's new type, the same conversions the SQLite store
 * applies (see {@code docs/offline-tables.md}): between numeric types a numeric cast (non-zero is true);
 * long and datetime keep epoch milliseconds; anything but bytes to string as its JSON text form; string to
 * int or long where the text is exactly an integer. Values in storage form.
 */
final class ColumnConversions {

  private static final Set<ColumnType> NUMERIC = EnumSet.of(ColumnType.INT, ColumnType.LONG, ColumnType.FLOAT,
      ColumnType.DOUBLE, ColumnType.DECIMAL, ColumnType.BOOLEAN);
  private static final Set<ColumnType> TEXT = EnumSet.of(ColumnType.STRING, ColumnType.DECIMAL, ColumnType.DATE,
      ColumnType.TIME, ColumnType.LOCAL_DATETIME, ColumnType.UUID, ColumnType.ENUM);

  private ColumnConversions() {}

  /** Whether values of {@code from} can be carried over to {@code to}. */
  static boolean converts(ColumnType from, ColumnType to) {
    return from == to || (NUMERIC.contains(from) && NUMERIC.contains(to)) || (epochMillis(from)
        && epochMillis(to)) || (to == ColumnType.STRING && from != ColumnType.BYTES)
        || (from == ColumnType.STRING && (to == ColumnType.INT || to == ColumnType.LONG));
  }

  /** The converted value, or null where this value has none in the new type. */
  static Object convert(Object value, ColumnType from, ColumnType to) {
    if (value == null || from == to || (epochMillis(from) && epochMillis(to))) {
      return value;
    }
    if (NUMERIC.contains(from) && NUMERIC.contains(to)) {
      return numeric(value, to);
    }
    if (to == ColumnType.STRING) {
      return text(value, from);
    }
    String text = value.toString();
    try {
      long whole = Long.parseLong(text);
      return Long.toString(whole).equals(text) ? whole : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Object numeric(Object value, ColumnType to) {
    Object real = SqliteValues.real(value);
    return switch (to) {
      case BOOLEAN -> (Double) real != 0 ? 1L : 0L;
      case FLOAT, DOUBLE -> real;
      case DECIMAL -> value instanceof String ? value : StoredValues.text((Number) value);
      default -> value instanceof Long ? value : (long) (double) (Double) real;
    };
  }

  private static Object text(Object value, ColumnType from) {
    if (TEXT.contains(from)) {
      return value;
    }
    return switch (from) {
      case BOOLEAN -> ((Long) value) != 0 ? "true" : "false";
      case DATETIME -> Values.formatInstant(Instant.ofEpochMilli((Long) value));
      default -> StoredValues.text((Number) value);
    };
  }

  private static boolean epochMillis(ColumnType type) {
    return type == ColumnType.LONG || type == ColumnType.DATETIME;
  }

  /** The value a {@code NOT NULL} column gets where it has none: Java's default for the type. */
  static Object zero(ColumnType type) {
    return switch (type.sqliteType()) {
      case "INTEGER" -> 0L;
      case "REAL" -> 0.0;
      case "BLOB" -> new byte[0];
      default -> "";
    };
  }
}
