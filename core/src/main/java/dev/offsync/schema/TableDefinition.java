package dev.offsync.schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Everything the runtime and the server need to know about one synchronized table, implemented by code that
 * the Offsync processor generates for each {@code @SyncTable} type; no reflection at run time.
 *
 * <p><b>This is an ABI:</b> generated code in users' packages implements it, so it changes only compatibly.
 *
 * <h2>Local row layout</h2>
 * The local table (see {@link #createTableSql()}) has the columns {@code "id"} ({@code TEXT PRIMARY KEY}),
 * {@code "updatedAt"} ({@code INTEGER}, epoch milliseconds), {@code "version"} ({@code TEXT}), then each of
 * {@link #columns()} in order; {@link #bindRow} and {@link #readRow} use exactly this order. Soft-deleted items
 * are never stored locally, so there is no {@code deleted} column.
 *
 * <h2>JSON</h2>
 * {@link #writeJson} writes one object with {@code id}, every column that is not
 * {@link ColumnDefinition#localOnly() local-only}, and the system properties the model declares.
 * {@link #readJson} reads one object, skips unknown fields, leaves local-only columns at their defaults and
 * reports all system properties found, declared or not.
 *
 * @param <T> the entity type
 */
public interface TableDefinition<T> {

  /** The number of system columns ({@code id}, {@code updatedAt}, {@code version}) before the data columns. */
  int SYSTEM_COLUMN_COUNT = 3;

  /** The table name, matching {@code ^[a-z][a-z0-9_]{0,63}$}. */
  String tableName();

  /** The entity class. */
  Class<T> entityType();

  /** The data columns in storage order, without the system properties. */
  List<ColumnDefinition> columns();

  /** The SQLite {@code CREATE TABLE IF NOT EXISTS} statement for the local row layout. */
  String createTableSql();

  /** The SQLite {@code CREATE INDEX IF NOT EXISTS} statements: {@code updatedAt} and each indexed column. */
  List<String> createIndexSql();

  /**
   * A stable hash of the table name and columns (name, type, nullability, local-only, index): equal hashes
   * mean the local table needs no migration. Lowercase hex.
   */
  String schemaHash();

  /** The system properties that the entity's fields hold; those the model does not declare are null/false. */
  SystemProperties systemProperties(T entity);

  /**
   * A copy of the entity (or, for mutable classes, the same entity changed in place) whose declared system
   * property fields hold the given values; undeclared ones are ignored.
   */
  T withSystemProperties(T entity, SystemProperties system);

  /** Writes the entity as one JSON object. */
  void writeJson(T entity, JsonGenerator out) throws IOException;

  /**
   * Reads one JSON object; the parser's current token is its {@code START_OBJECT}, and on return its
   * {@code END_OBJECT}.
   *
   * @throws com.fasterxml.jackson.core.JsonProcessingException naming the field, on a value of the wrong type
   */
  Decoded<T> readJson(JsonParser in) throws IOException;

  /**
   * Binds the full local row: {@code id}, {@code updatedAt}, {@code version} from {@code system}, then each data
   * column from the entity, to parameters {@code first}, {@code first + 1}, ...
   */
  void bindRow(T entity, SystemProperties system, PreparedStatement statement, int first) throws SQLException;

  /**
   * Reads the full local row from result columns {@code first}, {@code first + 1}, ... in the local row layout,
   * giving the entity (with its declared system properties set) and the system properties.
   */
  Decoded<T> readRow(ResultSet row, int first) throws SQLException;
}
