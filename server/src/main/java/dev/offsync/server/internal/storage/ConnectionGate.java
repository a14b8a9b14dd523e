package dev.offsync.server.internal.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Lends a pool's connections to at most as many callers as the pool has, and parks the others here. HikariCP
 * hands a returned connection to a borrower waiting inside it by spinning on {@code Thread.yield()} until that
 * borrower runs; with more request threads than connections on two cores, that spinning took 19% of the
 * server's CPU samples on PostgreSQL POSTs at 8 connections, and their p99 was up to 1.9x SQLite's. Waiting here
 * costs a park, and a returned connection is back in the pool before the next caller is let in, so no caller
 * ever waits inside HikariCP.
 *
 * <p>The gate is not fair: a caller that arrives just as a connection comes back may take it ahead of the
 * parked ones (the timeout bounds any wait). A fair hand-off left the connection idle until the parked thread
 * got a core, which cost SQLite's list pages a fifth of their requests/s at 32 connections (in runs with 10 s of
 * warm-up; warm, a fair gate gave PostgreSQL's POSTs a tighter tail, so the choice is open: docs/benchmarks.md).
 *
 * <p>A host application's data source has other users and a size this server does not know: it is used as it
 * is, with no gate.
 */
final class ConnectionGate {

  private final DataSource pool;
  /** One permit per connection of the pool; null when the pool is not this server's. */
  private final Semaphore permits;
  private final long timeoutMillis;

  private ConnectionGate(DataSource pool, Semaphore permits, long timeoutMillis) {
    this.pool = pool;
    this.permits = permits;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * A gate for a pool of {@code size} connections that only this server uses; a caller that waits longer than
   * {@code timeoutMillis} for one fails.
   */
  static ConnectionGate of(DataSource pool, int size, long timeoutMillis) {
    if (size < 1 || timeoutMillis < 1) {
      throw new IllegalArgumentException("A gate needs at least one connection and a positive timeout");
    }
    return new ConnectionGate(pool, new Semaphore(size, false), timeoutMillis);
  }

  /** No gate: every caller goes straight to the data source. */
  static ConnectionGate open(DataSource pool) {
    return new ConnectionGate(pool, null, 0);
  }

  /**
   * Waits for a free connection and lends it.
   *
   * @throws SQLTransientConnectionException if none became free within the timeout, or the wait was interrupted
   */
  Lease lease() throws SQLException {
    if (permits != null) {
      acquire();
    }
    try {
      return new Lease(pool.getConnection(), this);
    } catch (SQLException | RuntimeException | Error e) {
      release();
      throw e;
    }
  }

  private void acquire() throws SQLException {
    try {
      if (!permits.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS)) {
        throw new SQLTransientConnectionException("No database connection became free within " + timeoutMillis
            + " ms: every connection of the pool is in use");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLTransientConnectionException("Interrupted while waiting for a database connection", e);
    }
  }

  private void release() {
    if (permits != null) {
      permits.release();
    }
  }

  /** A lent connection: closing the lease gives the connection back to the pool, then lets the next caller in. */
  static final class Lease implements AutoCloseable {

    private final Connection connection;
    private final ConnectionGate gate;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Lease(Connection connection, ConnectionGate gate) {
      this.connection = connection;
      this.gate = gate;
    }

    /** The lent connection, valid until the lease is closed. */
    Connection connection() {
      return connection;
    }

    /** Gives the connection back; a second close does nothing, so a permit is never returned twice. */
    @Override
    public void close() throws SQLException {
      if (!closed.compareAndSet(false, true)) {
        return;
      }
      try {
        connection.close();
      } finally {
        gate.release();
      }
    }
  }
}
