package dev.offsync.server.internal.storage;

import dev.offsync.query.SqlPrinter;
import dev.offsync.schema.ColumnType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What differs between the databases: column types, value storage forms and a few statements. */
public sealed interface Dialect permits SqliteDialect, PostgresDialect {

  /** The column type that stores values of {@code type}. */
  String columnType(ColumnType type);

  /** The SQL type of the system column {@code updatedAt}, the same as a datetime column. */
  default String updatedAtType() {
    return columnType(ColumnType.DATETIME);
  }

  /** The SQL type of the system column {@code deleted}, the same as a boolean column. */
  default String deletedType() {
    return columnType(ColumnType.BOOLEAN);
  }

  /**
   * The SQL type of the system column {@code id}: text that sorts by code point, so that the order of pages,
   * which always ends with {@code id}, is the same on every database.
   */
  String idType();

  /** The printer of query filters and orderings for this database, matching its storage forms. */
  SqlPrinter sqlPrinter();

  /** The function that returns the larger of two values: {@code max} or {@code GREATEST}. */
  String greatest();

  /**
   * The value as the JDBC driver stores it in a column of {@code type}: the storage conventions shared with
   * the client for SQLite, native types for PostgreSQL.
   */
  Object toStorage(ColumnType type, Object value);

  /** Binds a Java value of {@code type} (or null) to a parameter. */
  default void bind(PreparedStatement statement, int index, ColumnType type, Object value) throws SQLException {
    if (value == null) {
      statement.setNull(index, java.sql.Types.NULL);
    } else {
      statement.setObject(index, toStorage(type, value));
    }
  }

  /** Reads a column of {@code type} as its Java value, null for SQL NULL. */
  Object read(ResultSet row, int index, ColumnType type) throws SQLException;

  /**
   * Whether the exception is the database refusing to evaluate a query on the stored values (a division by
   * zero, a number out of range): the caller's query is at fault, not the server.
   */
  boolean isEvaluationError(SQLException e);

  /** Whether the exception says that a unique key (the primary key) already holds the value. */
  boolean isUniqueViolation(SQLException e);

  /** The dialect of a JDBC URL. */
  static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return new SqliteDialect();
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return new PostgresDialect();
    }
    throw new IllegalArgumentException("Unsupported database URL; use jdbc:sqlite:<file> or"
        + " jdbc:postgresql://<host>/<database>");
  }
}
