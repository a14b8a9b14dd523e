package dev.offsync.internal.store.sqlite;

import dev.offsync.operations.OperationKind;
import dev.offsync.operations.OperationState;
import dev.offsync.store.OperationFilter;
import dev.offsync.store.QueuedOperation;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL for the operations queue and the delta tokens, and the mapping of queue rows. Public for the Android
 * store; every statement but {@link #INSERT_RETURNING_SEQUENCE} runs on SQLite 3.18 (Android API 26).
 */
public final class OperationSql {

  private static final String COLUMNS = "\"sequence\", \"table\", \"itemId\", \"kind\", \"item\", \"version\","
      + " \"state\", \"attempts\", \"httpStatus\", \"lastError\", \"base\", \"serverItem\", \"revision\","
      + " \"createdAt\", \"updatedAt\", \"sentItems\"";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM " + SystemTables.OPERATIONS;

  public static final String BY_ITEM = SELECT + " WHERE \"table\" = ? AND \"itemId\" = ?";
  public static final String BY_SEQUENCE = SELECT + " WHERE \"sequence\" = ?";
  public static final String INSERT = "INSERT INTO " + SystemTables.OPERATIONS + " (\"table\", \"itemId\", \"kind\","
      + " \"item\", \"version\", \"state\", \"attempts\", \"httpStatus\", \"lastError\", \"base\", \"serverItem\","
      + " \"revision\", \"createdAt\", \"updatedAt\", \"sentItems\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
      + " ?, ?)";
  /** {@link #INSERT} answering the new operation's sequence. */
  static final String INSERT_RETURNING_SEQUENCE = INSERT + " RETURNING \"sequence\"";
  public static final String UPDATE = "UPDATE " + SystemTables.OPERATIONS + " SET (\"table\", \"itemId\", \"kind\","
      + " \"item\", \"version\", \"state\", \"attempts\", \"httpStatus\", \"lastError\", \"base\", \"serverItem\","
      + " \"revision\", \"createdAt\", \"updatedAt\", \"sentItems\") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
      + " ?, ?) WHERE \"sequence\" = ?";
  public static final String DELETE = "DELETE FROM " + SystemTables.OPERATIONS + " WHERE \"sequence\" = ?";
  public static final String DELETE_TABLE = "DELETE FROM " + SystemTables.OPERATIONS + " WHERE \"table\" = ?";
  public static final String COUNTS = "SELECT \"table\", COUNT(*) FROM " + SystemTables.OPERATIONS
      + " GROUP BY \"table\"";

  public static final String TOKEN = "SELECT \"token\" FROM " + SystemTables.DELTA_TOKENS
      + " WHERE \"table\" = ? AND \"queryId\" = ?";
  /** Replaces the whole row (every column is given): the upsert also on SQLite before 3.24 (Android API 30). */
  public static final String PUT_TOKEN = "INSERT OR REPLACE INTO " + SystemTables.DELTA_TOKENS + " (\"table\","
      + " \"queryId\", \"token\", \"updatedAt\") VALUES (?, ?, ?, ?)";
  public static final String DELETE_TOKENS = "DELETE FROM " + SystemTables.DELTA_TOKENS + " WHERE \"table\" = ?";

  public static final String TOKENS = "SELECT \"queryId\", \"token\" FROM \"__deltatokens\" WHERE \"table\" = ?"
      + " ORDER BY \"queryId\"";

  public static final String DELETE_TOKEN = "DELETE FROM \"__deltatokens\" WHERE \"table\" = ? AND \"queryId\" = ?";

  private OperationSql() {}

  /** The query selecting {@code filter}'s operations; its parameters are bound by {@link #bindFilter}. */
  public static String select(OperationFilter filter) {
    List<String> conditions = new ArrayList<>();
    if (!filter.tables().isEmpty()) {
      conditions.add("\"table\" IN (" + placeholders(filter.tables().size()) + ")");
    }
    if (filter.states().size() < OperationState.values().length) {
      conditions.add("\"state\" IN (" + placeholders(filter.states().size()) + ")");
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return SELECT + where + " ORDER BY \"sequence\" LIMIT ?";
  }

  /** Binds the parameters of {@link #select}. */
  public static void bindFilter(PreparedStatement statement, OperationFilter filter) throws SQLException {
    int index = 1;
    for (String table : filter.tables().stream().sorted().collect(Collectors.toList())) {
      statement.setString(index++, table);
    }
    if (filter.states().size() < OperationState.values().length) {
      for (OperationState state : filter.states()) {
        statement.setString(index++, state.name());
      }
    }
    statement.setLong(index, filter.limit());
  }

  /** Binds every column but the sequence, for {@link #INSERT} and {@link #UPDATE}. */
  public static void bind(PreparedStatement statement, QueuedOperation operation) throws SQLException {
    statement.setString(1, operation.table());
    statement.setString(2, operation.itemId());
    statement.setString(3, operation.kind().name());
    statement.setString(4, operation.item());
    statement.setString(5, operation.version());
    statement.setString(6, operation.state().name());
    statement.setInt(7, operation.attempts());
    if (operation.httpStatus() == null) {
      statement.setNull(8, Types.INTEGER);
    } else {
      statement.setInt(8, operation.httpStatus());
    }
    statement.setString(9, operation.lastError());
    statement.setString(10, operation.base());
    statement.setString(11, operation.serverItem());
    statement.setLong(12, operation.revision());
    statement.setLong(13, operation.createdAt().toEpochMilli());
    statement.setLong(14, operation.updatedAt().toEpochMilli());
    statement.setString(15, operation.sentItems());
  }

  /** Reads the queue row at the cursor. */
  public static QueuedOperation read(ResultSet row) throws SQLException {
    int status = row.getInt(9);
    Integer httpStatus = row.wasNull() ? null : status;
    return new QueuedOperation(row.getLong(1), row.getString(2), row.getString(3),
        OperationKind.valueOf(row.getString(4)), row.getString(5), row.getString(6),
        OperationState.valueOf(row.getString(7)), row.getInt(8), httpStatus, row.getString(10),
        row.getString(11), row.getString(12), row.getLong(13), Instant.ofEpochMilli(row.getLong(14)),
        Instant.ofEpochMilli(row.getLong(15)), row.getString(16));
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }
}
