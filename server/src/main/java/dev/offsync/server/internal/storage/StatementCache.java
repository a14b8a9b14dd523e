package dev.offsync.server.internal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
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

  /** At most this many statements per connection (seven per table); the least recently used is closed. */
  private static final int MAX_PER_CONNECTION = 128;

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
      statements = new LeastRecentlyUsed();
      byConnection.put(physical, statements);
    }
    PreparedStatement statement = statements.get(sql);
    if (statement == null || statement.isClosed()) {
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

  /** One connection's statements in order of use; the eldest is closed when the map grows past its bound. */
  private static final class LeastRecentlyUsed extends LinkedHashMap<String, PreparedStatement> {

    LeastRecentlyUsed() {
      super(16, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
      if (size() <= MAX_PER_CONNECTION) {
        return false;
      }
      try {
        eldest.getValue().close();
      } catch (SQLException e) {
        // Closing a statement frees it; a failure leaves nothing to undo.
      }
      return true;
    }
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
