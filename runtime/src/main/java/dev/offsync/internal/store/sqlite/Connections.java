package dev.offsync.internal.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/** Opens SQLite connections with the store's settings. */
final class Connections {

  /** xerial's name for the generated-keys setting. */
  private static final String GENERATED_KEYS = "jdbc.get_generated_keys";

  static {
    NativeLibraryFolder.prepare();
  }

  private Connections() {}

  /**
   * A new connection to the configured database: busy timeout set, keyed if encrypted, and no generated
   * keys: the driver would otherwise run {@code SELECT last_insert_rowid()} after every insert, pulled rows
   * included (the store reads new sequences with {@code RETURNING}).
   */
  static Connection open(SqliteStoreConfig config) throws SQLException {
    Properties properties = new Properties();
    // A property, not setGetGeneratedKeys: the encrypted stores' older driver has no such method (nor the cost).
    properties.setProperty(GENERATED_KEYS, "false");
    SQLiteConfig sqlite = new SQLiteConfig(properties);
    sqlite.setBusyTimeout((int) config.busyTimeout().toMillis());
    String url = config.inMemory() ? "jdbc:sqlite::memory:" : "jdbc:sqlite:" + config.file();
    return config.encrypted() ? Cipher.open(sqlite, url, config.key(), config.describe())
        : sqlite.createConnection(url);
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
