package dev.offsync.server.internal.storage;

import dev.offsync.query.SqlPrinter;
import dev.offsync.schema.ColumnType;
import dev.offsync.internal.generated.Values;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * SQLite with the client's storage conventions: datetimes as epoch milliseconds, booleans 0/1, decimals,
 * dates and times as text, UUIDs as lower-case text, bytes as blobs.
 */
public final class SqliteDialect implements Dialect {

  @Override
  public String columnType(ColumnType type) {
    return type.sqliteType();
  }

  @Override
  public String idType() {
    return "TEXT"; // BINARY collation: UTF-8 byte order is code point order
  }

  @Override
  public SqlPrinter sqlPrinter() {
    return SqlPrinter.sqlite();
  }

  @Override
  public String greatest() {
    return "max";
  }

  @Override
  public Object toStorage(ColumnType type, Object value) {
    return switch (type) {
      case BOOLEAN -> ((Boolean) value) ? 1 : 0;
      case FLOAT -> ((Float) value).doubleValue();
      case DECIMAL -> Values.formatDecimal((BigDecimal) value);
      case DATETIME -> ((Instant) value).toEpochMilli();
      case DATE -> Values.formatDate((LocalDate) value);
      case TIME -> Values.formatTime((LocalTime) value);
      case LOCAL_DATETIME -> Values.formatLocalDateTime((LocalDateTime) value);
      case UUID -> Values.formatUuid((UUID) value);
      case STRING, ENUM, INT, LONG, DOUBLE, BYTES -> value;
    };
  }

  /**
   * Reads each column with as few calls into SQLite's native library as the driver allows (a list page makes
   * them for every column of every row): text and blobs with one getter that answers null for NULL, numbers with
   * {@code getObject}, which reads the type and the value at once.
   */
  @Override
  public Object read(ResultSet row, int index, ColumnType type) throws SQLException {
    return switch (type) {
      case STRING, ENUM -> row.getString(index);
      case DECIMAL -> text(row, index, BigDecimal::new);
      case DATE -> text(row, index, Values::parseDate);
      case TIME -> text(row, index, Values::parseTime);
      case LOCAL_DATETIME -> text(row, index, Values::parseLocalDateTime);
      case UUID -> text(row, index, Values::parseUuid);
      case BYTES -> row.getBytes(index);
      case BOOLEAN, INT, LONG, FLOAT, DOUBLE, DATETIME -> number(row, index, type);
    };
  }

  private static Object number(ResultSet row, int index, ColumnType type) throws SQLException {
    Object raw = row.getObject(index);
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof Number number)) { // a number stored as text: the driver's getters convert it
      return switch (type) {
        case BOOLEAN -> row.getLong(index) != 0;
        case INT -> row.getInt(index);
        case FLOAT -> row.getFloat(index);
        case DOUBLE -> row.getDouble(index);
        default -> type == ColumnType.DATETIME ? Instant.ofEpochMilli(row.getLong(index)) : row.getLong(index);
      };
    }
    return switch (type) {
      case BOOLEAN -> number.longValue() != 0;
      case INT -> number.intValue();
      case FLOAT -> number.floatValue();
      case DOUBLE -> number.doubleValue();
      case DATETIME -> Instant.ofEpochMilli(number.longValue());
      default -> number.longValue();
    };
  }

  private static Object text(ResultSet row, int index, Function<String, Object> parse) throws SQLException {
    String text = row.getString(index);
    return text == null ? null : parse.apply(text);
  }

  @Override
  public boolean isEvaluationError(SQLException e) {
    return false; // SQLite answers NULL for a division by zero and widens numbers instead of failing
  }

  @Override
  public boolean isUniqueViolation(SQLException e) {
    // SQLITE_CONSTRAINT_PRIMARYKEY (1555) or SQLITE_CONSTRAINT_UNIQUE (2067), reported as the extended code.
    return e.getErrorCode() == 19 || e.getErrorCode() == 1555 || e.getErrorCode() == 2067
        || String.valueOf(e.getMessage()).contains("UNIQUE constraint failed");
  }
}
