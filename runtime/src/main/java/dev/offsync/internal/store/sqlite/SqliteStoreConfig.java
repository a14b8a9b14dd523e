package dev.offsync.internal.store.sqlite;

import dev.offsync.store.KeySupplier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to open a SQLite store.
 *
 * @param file the database file, or null for a private in-memory database
 * @param busyTimeout how long SQLite waits for a lock held by another process before giving up
 * @param maxIdleReaders how many read connections stay open between reads
 * @param key the encryption key, or null for a plain file
 */
public record SqliteStoreConfig(Path file, Duration busyTimeout, int maxIdleReaders, KeySupplier key) {

  /** The default wait for another process's lock. */
  public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(10);
  /** The default number of idle read connections kept. */
  public static final int DEFAULT_MAX_IDLE_READERS = 4;

  /** Checks the values. */
  public SqliteStoreConfig {
    Objects.requireNonNull(busyTimeout, "busyTimeout");
    if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("busyTimeout out of range: " + busyTimeout);
    }
    if (maxIdleReaders < 0) {
      throw new IllegalArgumentException("maxIdleReaders must not be negative: " + maxIdleReaders);
    }
  }

  /** A file store with the default settings. */
  public static SqliteStoreConfig file(Path file) {
    return new SqliteStoreConfig(Objects.requireNonNull(file, "file"), DEFAULT_BUSY_TIMEOUT,
        DEFAULT_MAX_IDLE_READERS, null);
  }

  /** An in-memory store with the default settings. */
  public static SqliteStoreConfig memory() {
    return new SqliteStoreConfig(null, DEFAULT_BUSY_TIMEOUT, 0, null);
  }

  /** The same configuration with another busy timeout. */
  public SqliteStoreConfig withBusyTimeout(Duration timeout) {
    return new SqliteStoreConfig(file, timeout, maxIdleReaders, key);
  }

  /** The same configuration with another encryption key (null for none). */
  public SqliteStoreConfig withKey(KeySupplier encryptionKey) {
    return new SqliteStoreConfig(file, busyTimeout, maxIdleReaders, encryptionKey);
  }

  /** Whether the file is encrypted. */
  public boolean encrypted() {
    return key != null;
  }

  /** Whether this is an in-memory store. */
  public boolean inMemory() {
    return file == null;
  }

  /** The store's description for messages: its path, or "in-memory store". */
  public String describe() {
    return inMemory() ? "in-memory store" : file.toString();
  }
}
