package dev.offsync.internal.generated;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * Binds and reads one column value in the SQLite storage conventions, for the row codecs the processor generates.
 *
 * <p>The conventions, the same in the client's and the server's SQLite: booleans are {@code INTEGER} 0/1,
 * date-times {@code INTEGER} epoch milliseconds (UTC), decimals plain {@code TEXT}, dates {@code yyyy-MM-dd},
 * times {@code HH:mm:ss.SSS} and local date-times {@code yyyy-MM-ddTHH:mm:ss.SSS} as {@code TEXT}, UUIDs
 * lowercase {@code TEXT}, enums by name as {@code TEXT}, bytes as {@code BLOB}. Binders write null with
 * {@link PreparedStatement#setNull} and the matching {@link Types} code; readers give null for SQL {@code NULL},
 * or the default ({@code 0}, {@code false}, {@code '\0'}) for the primitive forms. <b>An ABI</b>: generated code
 * calls it, so it changes only compatibly.
 */
public final class RowValues {

  private RowValues() {}

  /** Binds text. */
  public static void bindString(PreparedStatement statement, int index, String value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  /** Binds a character as one-character text. */
  public static void bindChar(PreparedStatement statement, int index, Character value) throws SQLException {
    bindString(statement, index, value == null ? null : value.toString());
  }

  /** Binds a boolean as 0 or 1. */
  public static void bindBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
    bindInteger(statement, index, value == null ? null : value ? 1 : 0);
  }

  /** Binds a {@code byte} as an integer. */
  public static void bindByte(PreparedStatement statement, int index, Byte value) throws SQLException {
    bindInteger(statement, index, value == null ? null : value.intValue());
  }

  /** Binds a {@code short} as an integer. */
  public static void bindShort(PreparedStatement statement, int index, Short value) throws SQLException {
    bindInteger(statement, index, value == null ? null : value.intValue());
  }

  /** Binds an {@code int}. */
  public static void bindInt(PreparedStatement statement, int index, Integer value) throws SQLException {
    bindInteger(statement, index, value);
  }

  /** Binds a {@code long}. */
  public static void bindLong(PreparedStatement statement, int index, Long value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  /** Binds a {@code float} as a real. */
  public static void bindFloat(PreparedStatement statement, int index, Float value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.REAL);
    } else {
      statement.setFloat(index, value);
    }
  }

  /** Binds a {@code double} as a real. */
  public static void bindDouble(PreparedStatement statement, int index, Double value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }

  /** Binds a decimal as plain text, keeping its scale. */
  public static void bindDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
    bindString(statement, index, value == null ? null : Values.formatDecimal(value));
  }

  /** Binds an instant as epoch milliseconds. */
  public static void bindInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
    bindLong(statement, index, value == null ? null : value.toEpochMilli());
  }

  /** Binds an offset date-time as the epoch milliseconds of the instant it denotes. */
  public static void bindOffsetDateTime(PreparedStatement statement, int index, OffsetDateTime value)
      throws SQLException {
    bindInstant(statement, index, value == null ? null : value.toInstant());
  }

  /** Binds a date as {@code yyyy-MM-dd}. */
  public static void bindDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
    bindString(statement, index, value == null ? null : Values.formatDate(value));
  }

  /** Binds a time as {@code HH:mm:ss.SSS}. */
  public static void bindTime(PreparedStatement statement, int index, LocalTime value) throws SQLException {
    bindString(statement, index, value == null ? null : Values.formatTime(value));
  }

  /** Binds a local date-time as {@code yyyy-MM-ddTHH:mm:ss.SSS}. */
  public static void bindLocalDateTime(PreparedStatement statement, int index, LocalDateTime value)
      throws SQLException {
    bindString(statement, index, value == null ? null : Values.formatLocalDateTime(value));
  }

  /** Binds a UUID as lowercase text. */
  public static void bindUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
    bindString(statement, index, value == null ? null : Values.formatUuid(value));
  }

  /** Binds bytes as a blob. */
  public static void bindBytes(PreparedStatement statement, int index, byte[] value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BLOB);
    } else {
      statement.setBytes(index, value);
    }
  }

  /** Binds an enum constant by its name. */
  public static void bindEnum(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
    bindString(statement, index, value == null ? null : value.name());
  }

  /** Reads text or null. */
  public static String getString(ResultSet row, int index) throws SQLException {
    return row.getString(index);
  }

  /** Reads a one-character text; null gives {@code '\0'}. */
  public static char getChar(ResultSet row, int index) throws SQLException {
    Character value = getCharOrNull(row, index);
    return value == null ? '\0' : value;
  }

  /** Reads a one-character text or null. */
  public static Character getCharOrNull(ResultSet row, int index) throws SQLException {
    return parsed(row, index, "a single character", text -> {
      if (text.length() != 1) {
        throw new IllegalArgumentException("'" + text + "' has " + text.length() + " characters");
      }
      return text.charAt(0);
    });
  }

  /** Reads a 0/1 boolean; null gives {@code false}. */
  public static boolean getBoolean(ResultSet row, int index) throws SQLException {
    return row.getLong(index) != 0;
  }

  /** Reads a 0/1 boolean or null. */
  public static Boolean getBooleanOrNull(ResultSet row, int index) throws SQLException {
    long value = row.getLong(index);
    return row.wasNull() ? null : value != 0;
  }

  /** Reads a {@code byte}; null gives 0. */
  public static byte getByte(ResultSet row, int index) throws SQLException {
    return (byte) row.getInt(index);
  }

  /** Reads a {@code byte} or null. */
  public static Byte getByteOrNull(ResultSet row, int index) throws SQLException {
    byte value = (byte) row.getInt(index);
    return row.wasNull() ? null : value;
  }

  /** Reads a {@code short}; null gives 0. */
  public static short getShort(ResultSet row, int index) throws SQLException {
    return (short) row.getInt(index);
  }

  /** Reads a {@code short} or null. */
  public static Short getShortOrNull(ResultSet row, int index) throws SQLException {
    short value = (short) row.getInt(index);
    return row.wasNull() ? null : value;
  }

  /** Reads an {@code int}; null gives 0. */
  public static int getInt(ResultSet row, int index) throws SQLException {
    return row.getInt(index);
  }

  /** Reads an {@code int} or null. */
  public static Integer getIntOrNull(ResultSet row, int index) throws SQLException {
    int value = row.getInt(index);
    return row.wasNull() ? null : value;
  }

  /** Reads a {@code long}; null gives 0. */
  public static long getLong(ResultSet row, int index) throws SQLException {
    return row.getLong(index);
  }

  /** Reads a {@code long} or null. */
  public static Long getLongOrNull(ResultSet row, int index) throws SQLException {
    long value = row.getLong(index);
    return row.wasNull() ? null : value;
  }

  /** Reads a {@code float}; null gives 0. */
  public static float getFloat(ResultSet row, int index) throws SQLException {
    return row.getFloat(index);
  }

  /** Reads a {@code float} or null. */
  public static Float getFloatOrNull(ResultSet row, int index) throws SQLException {
    float value = row.getFloat(index);
    return row.wasNull() ? null : value;
  }

  /** Reads a {@code double}; null gives 0. */
  public static double getDouble(ResultSet row, int index) throws SQLException {
    return row.getDouble(index);
  }

  /** Reads a {@code double} or null. */
  public static Double getDoubleOrNull(ResultSet row, int index) throws SQLException {
    double value = row.getDouble(index);
    return row.wasNull() ? null : value;
  }

  /** Reads a decimal stored as text, or null. */
  public static BigDecimal getDecimal(ResultSet row, int index) throws SQLException {
    return parsed(row, index, "a decimal", BigDecimal::new);
  }

  /** Reads an instant stored as epoch milliseconds, or null. */
  public static Instant getInstant(ResultSet row, int index) throws SQLException {
    long millis = row.getLong(index);
    return row.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  /** Reads an instant stored as epoch milliseconds as an offset date-time in UTC, or null. */
  public static OffsetDateTime getOffsetDateTime(ResultSet row, int index) throws SQLException {
    return Values.toUtc(getInstant(row, index));
  }

  /** Reads a {@code yyyy-MM-dd} date, or null. */
  public static LocalDate getDate(ResultSet row, int index) throws SQLException {
    return parsed(row, index, "a date", Values::parseDate);
  }

  /** Reads an {@code HH:mm:ss.SSS} time, or null. */
  public static LocalTime getTime(ResultSet row, int index) throws SQLException {
    return parsed(row, index, "a time", Values::parseTime);
  }

  /** Reads a {@code yyyy-MM-ddTHH:mm:ss.SSS} local date-time, or null. */
  public static LocalDateTime getLocalDateTime(ResultSet row, int index) throws SQLException {
    return parsed(row, index, "a local date-time", Values::parseLocalDateTime);
  }

  /** Reads a UUID, or null. */
  public static UUID getUuid(ResultSet row, int index) throws SQLException {
    return parsed(row, index, "a UUID", Values::parseUuid);
  }

  /** Reads a blob, or null. */
  public static byte[] getBytes(ResultSet row, int index) throws SQLException {
    return row.getBytes(index);
  }

  /** Reads an enum constant stored by name, or null. */
  public static <E extends Enum<E>> E getEnum(ResultSet row, int index, Class<E> type) throws SQLException {
    return parsed(row, index, "a constant of " + type.getSimpleName(), text -> Values.parseEnum(type, text));
  }

  private static <V> V parsed(ResultSet row, int index, String expected, Function<String, V> parser)
      throws SQLException {
    String text = row.getString(index);
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new SQLException("Result column " + index + " should hold " + expected + ": " + e.getMessage(), e);
    }
  }

  private static void bindInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }
}
