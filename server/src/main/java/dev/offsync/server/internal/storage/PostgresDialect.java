package dev.offsync.server.internal.storage;

import dev.offsync.query.SqlPrinter;
import dev.offsync.schema.ColumnType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** PostgreSQL with native column types ({@link ColumnType#postgresType()}); datetimes as {@code timestamptz}. */
public final class PostgresDialect implements Dialect {

  @Override
  public String columnType(ColumnType type) {
    return type.postgresType();
  }

  @Override
  public String idType() {
    return "text COLLATE \"C\"";
  }

  @Override
  public SqlPrinter sqlPrinter() {
    return SqlPrinter.postgres();
  }

  @Override
  public String greatest() {
    return "GREATEST";
  }

  @Override
  public Object toStorage(ColumnType type, Object value) {
    return switch (type) {
      case DATETIME -> ((Instant) value).atOffset(ZoneOffset.UTC);
      default -> value;
    };
  }

  @Override
  public void bind(java.sql.PreparedStatement statement, int index, ColumnType type, Object value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, java.sql.Types.OTHER);
    } else {
      statement.setObject(index, toStorage(type, value));
    }
  }

  @Override
  public Object read(ResultSet row, int index, ColumnType type) throws SQLException {
    Object value = switch (type) {
      case STRING, ENUM -> row.getString(index);
      case BOOLEAN -> row.getBoolean(index);
      case INT -> row.getInt(index);
      case LONG -> row.getLong(index);
      case FLOAT -> row.getFloat(index);
      case DOUBLE -> row.getDouble(index);
      case DECIMAL -> row.getBigDecimal(index);
      case DATETIME -> toInstant(row.getObject(index, OffsetDateTime.class));
      case DATE -> row.getObject(index, LocalDate.class);
      case TIME -> row.getObject(index, LocalTime.class);
      case LOCAL_DATETIME -> row.getObject(index, LocalDateTime.class);
      case UUID -> row.getObject(index, UUID.class);
      case BYTES -> row.getBytes(index);
    };
    return row.wasNull() ? null : value;
  }

  @Override
  public boolean isEvaluationError(SQLException e) {
    String state = String.valueOf(e.getSQLState());
    return state.startsWith("22") || state.startsWith("54"); // data exception, program limit exceeded
  }

  @Override
  public boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  private static Instant toInstant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
