package dev.offsync.internal.store.sqlite;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * How a rebuilt table carries a column's values over to a new type, as a SQL expression over the old
 * column. Only conversions whose every result the new type can read back are offered; for the others the
 * values are dropped (null, or the zero value for a {@code NOT NULL} column), which the migration logs.
 *
 * <table>
 *   <caption>Conversions</caption>
 *   <tr><th>from</th><th>to</th><th>how</th></tr>
 *   <tr><td>int, long, float, double, decimal, boolean</td><td>any of these</td>
 *       <td>numeric cast (boolean: non-zero is true)</td></tr>
 *   <tr><td>long, datetime</td><td>datetime, long</td><td>epoch milliseconds kept</td></tr>
 *   <tr><td>anything but bytes</td><td>string</td><td>the JSON text form</td></tr>
 *   <tr><td>string</td><td>int, long</td><td>when the text is exactly an integer</td></tr>
 * </table>
 */
final class ColumnConversion {

  private static final Set<ColumnType> NUMERIC = EnumSet.of(ColumnType.INT, ColumnType.LONG, ColumnType.FLOAT,
      ColumnType.DOUBLE, ColumnType.DECIMAL, ColumnType.BOOLEAN);
  private static final Set<ColumnType> TEXT = EnumSet.of(ColumnType.STRING, ColumnType.DECIMAL, ColumnType.DATE,
      ColumnType.TIME, ColumnType.LOCAL_DATETIME, ColumnType.UUID, ColumnType.ENUM);

  private ColumnConversion() {}

  /**
   * The expression giving the new column's value from the old one, null and {@code NOT NULL} handled; empty
   * if the values cannot be converted and are dropped.
   */
  static Optional<String> expression(ColumnDefinition from, ColumnDefinition to) {
    Optional<String> converted = convert(Sql.quote(from.name()), from.type(), to.type());
    return converted.map(value -> to.nullable() ? value : "COALESCE(" + value + ", " + zero(to.type()) + ")");
  }

  /** The value that a {@code NOT NULL} column gets where it has none: Java's default for the type. */
  static String zero(ColumnType type) {
    return switch (type.sqliteType()) {
      case "INTEGER" -> "0";
      case "REAL" -> "0.0";
      case "BLOB" -> "X''";
      default -> "''";
    };
  }

  private static Optional<String> convert(String value, ColumnType from, ColumnType to) {
    if (from == to) {
      return Optional.of(value);
    }
    if (NUMERIC.contains(from) && NUMERIC.contains(to)) {
      return Optional.of(numeric(value, to));
    }
    if (isEpochMillis(from) && isEpochMillis(to)) {
      return Optional.of(value);
    }
    if (to == ColumnType.STRING) {
      return asText(value, from);
    }
    if (from == ColumnType.STRING && (to == ColumnType.INT || to == ColumnType.LONG)) {
      return Optional.of("CASE WHEN CAST(CAST(" + value + " AS INTEGER) AS TEXT) = " + value + " THEN CAST("
          + value + " AS INTEGER) END");
    }
    return Optional.empty();
  }

  private static String numeric(String value, ColumnType to) {
    return switch (to) {
      case BOOLEAN -> "CASE WHEN " + value + " IS NULL THEN NULL WHEN CAST(" + value
          + " AS REAL) <> 0 THEN 1 ELSE 0 END";
      case FLOAT, DOUBLE -> "CAST(" + value + " AS REAL)";
      case DECIMAL -> "CAST(" + value + " AS TEXT)";
      default -> "CAST(" + value + " AS INTEGER)";
    };
  }

  private static boolean isEpochMillis(ColumnType type) {
    return type == ColumnType.LONG || type == ColumnType.DATETIME;
  }

  private static Optional<String> asText(String value, ColumnType from) {
    if (TEXT.contains(from)) {
      return Optional.of(value);
    }
    return switch (from) {
      case INT, LONG, FLOAT, DOUBLE -> Optional.of("CAST(" + value + " AS TEXT)");
      case BOOLEAN -> Optional.of("CASE WHEN " + value + " IS NULL THEN NULL WHEN " + value
          + " <> 0 THEN 'true' ELSE 'false' END");
      case DATETIME -> Optional.of("strftime('%Y-%m-%dT%H:%M:%fZ', " + value + " / 1000.0, 'unixepoch')");
      default -> Optional.empty();
    };
  }
}
