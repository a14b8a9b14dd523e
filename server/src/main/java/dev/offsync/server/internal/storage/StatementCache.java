package dev.offsync.server.internal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The write path's statements, prepared once per physical connection: sqlite-jdbc compiles every
 * {@code prepareStatement} afresh and the pool caches nothing.
 *
 * <p>Statements are prepared on the connection beneath the pool's proxy ({@code unwrap}), so the proxy's
 * {@code close} does not close them; they live as long as that physical connection and die with it. Each
 * physical connection serves one thread at a time (the pool lends it to one borrower), so its own map needs no
 * lock. Entries of connections the pool has closed are dropped when a new connection is first seen. A
 * connection that cannot be unwrapped gets a statement of its own, closed after use.
 */
final class StatementCache {

  /** At most this many statements per connection; a connection's map is cleared when it would grow past it. */
  private static final int MAX_PER_CONNECTION = 64;

  private final Map<Connection, Map<String, PreparedStatement>> byConnection = new ConcurrentHashMap<>();

  /** The statement of {@code sql} on the physical connection beneath {@code connection}. */
  Lease prepare(Connection connection, String sql) throws SQLException {
    Connection physical = physical(connection);
    if (physical == null) {
      return new Lease(connection.prepareStatement(sql), true);
    }
    Map<String, PreparedStatement> statements = byConnection.get(physical);
    if (statements == null) {
      dropClosed();
      statements = new HashMap<>();
      byConnection.put(physical, statements);
    }
    PreparedStatement statement = statements.get(sql);
    if (statement == null || statement.isClosed()) {
      if (statements.size() >= MAX_PER_CONNECTION) {
        closeAll(statements);
      }
      statement = physical.prepareStatement(sql);
      statements.put(sql, statement);
    }
    return new Lease(statement, false);
  }

  /** The number of connections with cached statements, for tests. */
  int connections() {
    return byConnection.size();
  }

  private static Connection physical(Connection connection) {
    try {
      return connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
    } catch (SQLException | RuntimeException e) {
      return null;
    }
  }

  private void dropClosed() {
    byConnection.keySet().removeIf(StatementCache::isClosed);
  }

  private static boolean isClosed(Connection connection) {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  private static void closeAll(Map<String, PreparedStatement> statements) {
    for (PreparedStatement statement : statements.values()) {
      try {
        statement.close();
      } catch (SQLException e) {
        // Closing a statement frees it; a failure leaves nothing to undo.
      }
    }
    statements.clear();
  }

  /**
   * A statement lent for one use: closing it closes only a statement of its own ({@code owned}), and
   * otherwise clears its parameters for the next borrower.
   */
  record Lease(PreparedStatement statement, boolean owned) implements AutoCloseable {

    @Override
    public void close() throws SQLException {
      if (owned) {
        statement.close();
      } else {
        statement.clearParameters();
      }
    }
  }
}
