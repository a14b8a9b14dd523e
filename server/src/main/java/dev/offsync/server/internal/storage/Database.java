package dev.offsync.server.internal.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The connection pool of one database and its transactions.
 *
 * <p>Writes on SQLite are serialized by a lock in this process (SQLite has one writer anyway, and waiting on a
 * Java lock beats polling on {@code SQLITE_BUSY}) and share commits ({@link GroupCommit}); on PostgreSQL the
 * commits of one table's writers are serialized by the row lock on that table's clock row (see
 * {@link JdbcRepository}), so commit order is {@code updatedAt} order on both.
 *
 * <p>Callers beyond the pool's size wait for a connection in a {@link ConnectionGate}, not inside the pool.
 */
public final class Database implements AutoCloseable {

  private final ConnectionGate connections;
  private final HikariDataSource ownPool;
  private final Dialect dialect;
  private final GroupCommit sqliteWrites;
  private final StatementCache statements = new StatementCache();

  private Database(ConnectionGate connections, HikariDataSource ownPool, Dialect dialect) {
    this.connections = connections;
    this.ownPool = ownPool;
    this.dialect = dialect;
    this.sqliteWrites = dialect instanceof SqliteDialect ? new GroupCommit(connections) : null;
  }

  /**
   * Opens a pool for this JDBC URL and checks that the database answers.
   *
   * @throws IllegalArgumentException for an unsupported URL
   * @throws StorageException if the database cannot be reached
   */
  public static Database open(String jdbcUrl) {
    Dialect dialect = Dialect.of(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("offsync-" + (dialect instanceof SqliteDialect ? "sqlite" : "postgres"));
    if (dialect instanceof SqliteDialect) {
      configureSqlite(config, jdbcUrl);
    } else {
      config.setMaximumPoolSize(postgresPoolSize(Runtime.getRuntime().availableProcessors()));
    }
    try {
      HikariDataSource pool = new HikariDataSource(config);
      return new Database(ConnectionGate.of(pool, config.getMaximumPoolSize(), config.getConnectionTimeout()), pool,
          dialect);
    } catch (RuntimeException e) {
      throw new StorageException("Cannot open the database: " + e.getMessage(), e);
    }
  }

  /**
   * Uses a host application's data source, which stays the application's to configure and close; the dialect
   * comes from the database product it connects to.
   *
   * @throws IllegalArgumentException for a database other than SQLite or PostgreSQL
   * @throws StorageException if the database cannot be reached
   */
  public static Database on(DataSource dataSource) {
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new StorageException("Cannot connect to the DataSource's database: " + e.getMessage(), e);
    }
    Dialect dialect = switch (product == null ? "" : product.toLowerCase(Locale.ROOT)) {
      case "sqlite" -> new SqliteDialect();
      case "postgresql" -> new PostgresDialect();
      default -> throw new IllegalArgumentException("The DataSource connects to " + product + "; the server"
          + " stores its tables in SQLite or PostgreSQL");
    };
    return new Database(ConnectionGate.open(dataSource), null, dialect);
  }

  /**
   * Twice the cores plus one, at most 10: more backends than the cores can run only queue on them (on two
   * cores, POSTs and list pages at 32 connections ran faster with 5 connections than with 10 or 20).
   */
  static int postgresPoolSize(int cores) {
    return Math.min(10, 2 * cores + 1);
  }

  private static void configureSqlite(HikariConfig config, String jdbcUrl) {
    config.addDataSourceProperty("journal_mode", "WAL");
    // FULL: an acknowledged write must survive a power cut, since clients drop their queued copy on success.
    config.addDataSourceProperty("synchronous", "FULL");
    config.addDataSourceProperty("busy_timeout", "30000");
    config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
    if (jdbcUrl.contains(":memory:") || jdbcUrl.contains("mode=memory")) {
      // Each connection to an in-memory database is a database of its own: keep exactly one, forever.
      config.setMaximumPoolSize(1);
      config.setMinimumIdle(1);
      config.setMaxLifetime(0);
      config.setIdleTimeout(0);
    } else {
      config.setMaximumPoolSize(4);
    }
  }

  /** The dialect of this database. */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Whether the database answers and holds the server's tables: a read of the tables' clock, at most five
   * seconds. Never throws: any failure is "not reachable".
   */
  public boolean isReachable() {
    try {
      return read(connection -> {
        try (Statement statement = connection.createStatement()) {
          statement.setQueryTimeout(5);
          statement.executeQuery("SELECT COUNT(*) FROM " + Sql.quote(Sql.CLOCK_TABLE)).close();
          return true;
        }
      });
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The statements of the write path, prepared once per connection of this pool. */
  StatementCache statements() {
    return statements;
  }

  /** Whether this is a PostgreSQL database (several servers may share it). */
  public boolean isPostgres() {
    return dialect instanceof PostgresDialect;
  }

  /**
   * Runs work on a pooled connection in auto-commit mode, where each statement is a transaction of its own:
   * for a write whose one writing statement checks that what the work read is still stored (see
   * {@link JdbcRepository}). It saves the round trips of {@code BEGIN} and {@code COMMIT}.
   */
  public <T> T autoCommit(SqlWork<T> work) {
    try (ConnectionGate.Lease lease = connections.lease()) {
      Connection connection = lease.connection();
      if (!connection.getAutoCommit()) { // a host's data source may hand out connections in a transaction
        connection.setAutoCommit(true);
      }
      return work.run(connection);
    } catch (SQLException e) {
      throw new StorageException("Database write failed", e);
    }
  }

  /**
   * Runs read-only work on a pooled connection in auto-commit mode; also long-lived work such as PostgreSQL's
   * {@code LISTEN}, which keeps its connection (one of the pool's) until it returns.
   */
  public <T> T read(SqlWork<T> work) {
    try (ConnectionGate.Lease lease = connections.lease()) {
      return work.run(lease.connection());
    } catch (SQLException e) {
      throw new StorageException("Database read failed", e);
    }
  }

  /**
   * Runs work atomically: committed when it returns, rolled back when it throws. Runtime exceptions (the
   * protocol's answers) pass through unchanged after the rollback. On SQLite the work may share its
   * transaction's commit with the writes queued behind it, each in a savepoint of its own.
   */
  public <T> T write(SqlWork<T> work) {
    if (sqliteWrites != null) {
      return sqliteWrites.write(work);
    }
    try (ConnectionGate.Lease lease = connections.lease()) {
      return inTransaction(lease.connection(), work);
    } catch (SQLException e) {
      throw new StorageException("Database write failed", e);
    }
  }

  private static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(connection, e);
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static void rollbackQuietly(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Closes the pool this database opened; a host application's data source is left open. */
  @Override
  public void close() {
    if (ownPool != null) {
      ownPool.close();
    }
  }
}
