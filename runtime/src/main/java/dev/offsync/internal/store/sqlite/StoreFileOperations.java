package dev.offsync.internal.store.sqlite;

import dev.offsync.store.KeySupplier;
import dev.offsync.errors.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Work on a closed store file: change its key, count its queued operations, delete it. Each takes the
 * store's lock first, so it is refused while a client has the file open.
 */
public final class StoreFileOperations {

  private StoreFileOperations() {}

  /**
   * Re-encrypts the file with {@code replacement} (null decrypts it), after opening it with {@code current}
   * (null for a plain file). SQLite3 Multiple Ciphers cannot rekey in WAL mode, so the file leaves WAL for
   * the rekey (which rewrites every page in one journaled transaction) and returns to it after.
   */
  public static void rekey(Path file, KeySupplier current, KeySupplier replacement) {
    requireExists(file);
    try (StoreLock lock = StoreLock.acquire(file)) {
      SqliteStoreConfig config = SqliteStoreConfig.file(file).withKey(current);
      try (Connection connection = openChecked(config)) {
        Cipher.requireSupport(config.describe());
        Sql.exec(connection, "PRAGMA journal_mode = DELETE");
        if (current == null) {
          Sql.exec(connection, "PRAGMA cipher = '" + Cipher.CIPHER + "'");
        }
        Cipher.rekey(connection, replacement, config.describe());
        Sql.exec(connection, "PRAGMA journal_mode = WAL");
      } catch (SQLException e) {
        throw Sql.failure(config.describe(), "change the encryption key", e);
      }
      try {
        // Opening and reading with the new key is the proof the rekey worked.
        Connections.closeQuietly(openChecked(SqliteStoreConfig.file(file).withKey(replacement)));
      } catch (SQLException e) {
        throw Sql.failure(file.toString(), "check the new encryption key", e);
      }
    }
  }

  /** The number of operations queued in the file; 0 if there is no file. */
  public static long pendingOperationCount(Path file, KeySupplier key) {
    if (!Files.exists(file)) {
      return 0;
    }
    try (StoreLock lock = StoreLock.acquire(file)) {
      SqliteStoreConfig config = SqliteStoreConfig.file(file).withKey(key);
      try (Connection connection = openChecked(config); Statement statement = connection.createStatement()) {
        try (ResultSet table = statement.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
            + " AND name = '__operations'")) {
          if (!table.next() || table.getInt(1) == 0) {
            return 0;
          }
        }
        try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + SystemTables.OPERATIONS)) {
          count.next();
          return count.getLong(1);
        }
      } catch (SQLException e) {
        throw Sql.failure(config.describe(), "count the queued operations", e);
      }
    }
  }

  /**
   * Deletes the store file and its {@code -wal}, {@code -shm}, {@code -journal} and {@code .lock} files.
   *
   * @return whether there was a store file
   * @throws StoreException if a client has the store open, or a file cannot be deleted
   */
  public static boolean delete(Path file) {
    boolean existed = Files.exists(file);
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
    try (StoreLock lock = StoreLock.acquire(file)) {
      for (String suffix : List.of("-wal", "-shm", "-journal", "")) {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
      }
    } catch (IOException e) {
      throw new StoreException("Cannot delete the local store " + file + ": " + e.getMessage(), e);
    }
    try {
      Files.deleteIfExists(lockFile);
    } catch (IOException e) {
      throw new StoreException("Cannot delete the lock file " + lockFile + ": " + e.getMessage(), e);
    }
    return existed;
  }

  /** A connection on which the file has been read once, so a wrong key or a foreign file fails here. */
  private static Connection openChecked(SqliteStoreConfig config) throws SQLException {
    Connection connection;
    try {
      // The encrypting driver reads the file as it connects, so a wrong key can fail here already.
      connection = Connections.open(config);
    } catch (SQLException e) {
      if (Sql.isNotADatabase(e)) {
        throw SqliteStore.unreadable(config, e);
      }
      throw e;
    }
    try (Statement statement = connection.createStatement();
        ResultSet identity = statement.executeQuery("PRAGMA application_id")) {
      int applicationId = identity.next() ? identity.getInt(1) : 0;
      if (applicationId != SystemTables.APPLICATION_ID) {
        throw new StoreException("The file " + config.describe() + " is not an Offsync store");
      }
      return connection;
    } catch (SQLException e) {
      Connections.closeQuietly(connection);
      if (Sql.isNotADatabase(e)) {
        throw SqliteStore.unreadable(config, e);
      }
      throw e;
    } catch (RuntimeException e) {
      Connections.closeQuietly(connection);
      throw e;
    }
  }

  private static void requireExists(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new StoreException("There is no local store file " + file);
    }
  }
}
