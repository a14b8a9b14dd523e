package dev.offsync.internal.store.sqlite;

import dev.offsync.errors.StoreException;
import dev.offsync.errors.StoreKeyException;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import dev.offsync.store.ReadTransaction;
import dev.offsync.store.WriteTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The SQLite implementation of {@link LocalStore}.
 *
 * <p><b>Thread safety.</b> Any thread may read and write. Writes are serialized by the single writer
 * connection's lock in {@link FileConnections} and run as {@code BEGIN IMMEDIATE} transactions, so they
 * never meet another writer of this client; the file lock ({@link StoreLock}) keeps other clients out, and
 * SQLite's busy timeout covers the remaining waits (another program, a checkpoint). A file store's reads run
 * on pooled connections in WAL mode, each in its own transaction on one committed snapshot: they neither
 * wait for writes nor see part of one. An in-memory store has one connection that reads and writes take
 * turns on ({@link MemoryConnections}).
 */
public final class SqliteStore implements LocalStore {

  private final SqliteStoreConfig config;
  private final ConnectionSource connections;
  private final StoreLock lock;
  private final Clock clock;
  /** The tables this store was opened with. */
  private final OpenTables tables;
  private final AtomicBoolean closed = new AtomicBoolean();
  /** The writer connection's statements; used only under the writer's lease, like the connection. */
  private final StatementCache writerStatements = new StatementCache();

  private SqliteStore(SqliteStoreConfig config, ConnectionSource connections, StoreLock lock, Clock clock,
      OpenTables tables) {
    this.config = config;
    this.connections = connections;
    this.lock = lock;
    this.clock = clock;
    this.tables = tables;
  }

  /**
   * Opens (creating if needed) and initializes a store for these tables: the system tables, every table
   * created or migrated, in one transaction.
   *
   * @throws StoreException with a message naming the file and the fix, if it cannot be used
   */
  public static SqliteStore open(SqliteStoreConfig config, Collection<? extends TableDefinition<?>> tables,
      Clock clock) {
    OpenTables known = new OpenTables(tables);
    StoreLock lock = config.inMemory() ? null : StoreLock.acquire(config.file());
    Connection writer = null;
    try {
      writer = Connections.open(config);
      new StoreInitializer(writer, config).initialize(tables, clock.instant());
      ConnectionSource connections = config.inMemory()
          ? new MemoryConnections(writer, config.busyTimeout().toMillis())
          : new FileConnections(config, writer);
      return new SqliteStore(config, connections, lock, clock, known);
    } catch (SQLException | RuntimeException e) {
      if (writer != null) {
        Connections.closeQuietly(writer);
      }
      if (lock != null) {
        lock.close();
      }
      if (e instanceof SQLException sql && Sql.isNotADatabase(sql)) {
        throw unreadable(config, sql);
      }
      throw e instanceof SQLException sql ? Sql.failure(config.describe(), "open the local store", sql)
          : (RuntimeException) e;
    }
  }

  /** The file cannot be read as a database: a wrong or missing key, or not a database. */
  static StoreKeyException unreadable(SqliteStoreConfig config, SQLException e) {
    if (config.encrypted()) {
      return new StoreKeyException("The local store " + config.describe() + " cannot be read with the"
          + " encryption key given: the key is wrong, or the file is not encrypted, or it is not a SQLite"
          + " database. Nothing was changed. Use the key it was encrypted with (StoreFiles.rekey encrypts a"
          + " plain store).", e);
    }
    return new StoreKeyException("The file " + config.describe() + " is not a SQLite database, or it is"
        + " encrypted: open it with its key (SyncClient.builder().encryptionKey(...)), or point the client at"
        + " a new file. Nothing was changed.", e);
  }

  @Override
  public ReadTransaction beginRead() {
    Lease lease = connections.reader();
    try {
      if (lease.ownTransaction()) {
        Sql.exec(lease.connection(), "BEGIN");
      }
      return new SqliteReadTransaction(this, lease.connection(), lease);
    } catch (SQLException | RuntimeException e) {
      lease.close();
      throw e instanceof SQLException sql ? failure("begin a read", sql) : (RuntimeException) e;
    }
  }

  @Override
  public <R> R write(Function<WriteTransaction, R> work) {
    try (Lease lease = connections.writer()) {
      Connection connection = lease.connection();
      begin(connection);
      SqliteWriteTransaction transaction = new SqliteWriteTransaction(this, connection, clock,
          writerStatements);
      boolean committed = false;
      try {
        R result = work.apply(transaction);
        transaction.closeStreams();
        commit(connection);
        committed = true;
        return result;
      } finally {
        if (!committed) {
          transaction.closeStreams();
          rollback(connection);
        }
      }
    }
  }

  private void begin(Connection connection) {
    try {
      Sql.exec(connection, "BEGIN IMMEDIATE");
    } catch (SQLException e) {
      throw failure("begin a write", e);
    }
  }

  private void commit(Connection connection) {
    try {
      Sql.exec(connection, "COMMIT");
    } catch (SQLException e) {
      throw failure("commit a write", e);
    }
  }

  private void rollback(Connection connection) {
    try {
      Sql.exec(connection, "ROLLBACK");
    } catch (SQLException ignored) {
      // SQLite rolls back by itself after some errors; then there is no transaction left to end.
    }
  }

  /** Ends a read transaction; a connection that cannot end it is closed so it is never reused. */
  void endRead(Connection connection) {
    try {
      Sql.exec(connection, "COMMIT");
    } catch (SQLException e) {
      Connections.closeQuietly(connection);
    }
  }

  /** The SQL of a table this store was opened with. */
  RowSql rows(TableDefinition<?> definition) {
    return tables.rows(definition, describe());
  }

  /** A store exception for a failed action, naming this store. */
  StoreException failure(String action, SQLException e) {
    return Sql.failure(describe(), action, e);
  }

  @Override
  public String describe() {
    return config.describe();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        connections.close();
      } finally {
        if (lock != null) {
          lock.close();
        }
      }
    }
  }
}
