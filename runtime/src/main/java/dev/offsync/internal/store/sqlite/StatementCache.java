package dev.offsync.internal.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The writer connection's prepared statements, kept open and reused by SQL text. Preparing a statement costs
 * SQLite a parse and a plan, several times the cost of running a small insert, and a pulled page or a bulk
 * insert runs the same few statements thousands of times.
 *
 * <p>Not thread-safe: used only by the thread that holds the writer connection's lease. The statements die
 * with the connection, which finalizes them when it closes.
 */
final class StatementCache {

  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private Connection connection;

  /**
   * The statement for this SQL on this connection, prepared on first use. Its parameters keep their last
   * values; callers bind every one.
   */
  PreparedStatement get(Connection on, String sql) throws SQLException {
    if (on != connection) {
      // Another connection (the store never swaps its writer, but the cache does not rely on it).
      statements.clear();
      connection = on;
    }
    PreparedStatement statement = statements.get(sql);
    if (statement == null || statement.isClosed()) {
      statement = on.prepareStatement(sql);
      statements.put(sql, statement);
    }
    return statement;
  }
}
