package dev.offsync.internal.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/** Opens SQLite connections with the store's settings. */
final class Connections {

  private Connections() {}

  /**
   * A new connection to the configured database: busy timeout set, foreign keys off, and no generated keys:
   * the driver would otherwise run {@code SELECT last_insert_rowid()} after every insert, pulled rows
   * included (the store reads new sequences with {@code RETURNING}).
   */
  static Connection open(SqliteStoreConfig config) throws SQLException {
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setBusyTimeout((int) config.busyTimeout().toMillis());
    sqlite.setGetGeneratedKeys(false);
    String url = config.inMemory() ? "jdbc:sqlite::memory:" : "jdbc:sqlite:" + config.file();
    return sqlite.createConnection(url);
  }

  /** A read connection: it refuses writes, so a bug cannot make a second writer. */
  static Connection openReader(SqliteStoreConfig config) throws SQLException {
    Connection connection = open(config);
    try {
      Sql.exec(connection, "PRAGMA query_only = 1");
      return connection;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  /** Closes a connection, ignoring failures: the connection is being discarded anyway. */
  static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // A connection that fails to close holds nothing we can release otherwise.
    }
  }
}
