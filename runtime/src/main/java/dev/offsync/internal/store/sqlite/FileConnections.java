package dev.offsync.internal.store.sqlite;

import dev.offsync.errors.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Connections to a store file in WAL mode: one writer, lent under a lock for a whole write transaction, and
 * a pool of read connections. WAL lets readers run beside the writer, each on its own snapshot, so readers
 * never wait for writes and never see part of one; the single writer means writes never meet a lock held by
 * another writer of this client, so no "busy" error can arise between them.
 */
final class FileConnections implements ConnectionSource {

  private final SqliteStoreConfig config;

  /** Held for the whole of each write transaction; serializes every use of {@link #writer}. */
  private final ReentrantLock writeLock = new ReentrantLock();
  /** The only connection that writes; touched only by the thread holding {@link #writeLock}. */
  private final Connection writer;
  /** Set under {@link #writeLock} (so no write is in progress) and read under it. */
  private boolean writerClosed;

  /** Guards {@link #idle}, {@link #lent} and {@link #readersClosed}. */
  private final Object pool = new Object();
  private final ArrayDeque<Connection> idle = new ArrayDeque<>();
  private final Set<Connection> lent = new HashSet<>();
  private boolean readersClosed;

  FileConnections(SqliteStoreConfig config, Connection writer) {
    this.config = config;
    this.writer = writer;
  }

  @Override
  public Lease writer() {
    if (writeLock.isHeldByCurrentThread()) {
      throw new IllegalStateException("A write transaction is already open on this thread; nested write"
          + " transactions are not supported");
    }
    writeLock.lock();
    if (writerClosed) {
      writeLock.unlock();
      throw closed();
    }
    return new Lease(writer, false, writeLock::unlock);
  }

  @Override
  public Lease reader() {
    Connection connection;
    synchronized (pool) {
      if (readersClosed) {
        throw closed();
      }
      connection = idle.poll();
    }
    if (connection == null) {
      connection = openReader();
    }
    synchronized (pool) {
      if (readersClosed) {
        Connections.closeQuietly(connection);
        throw closed();
      }
      lent.add(connection);
    }
    Connection lentConnection = connection;
    return new Lease(connection, true, () -> giveBack(lentConnection));
  }

  private Connection openReader() {
    try {
      return Connections.openReader(config);
    } catch (SQLException e) {
      throw Sql.failure(config.describe(), "open a read connection", e);
    }
  }

  private void giveBack(Connection connection) {
    boolean usable = isOpen(connection);
    boolean keep;
    synchronized (pool) {
      keep = lent.remove(connection) && usable && !readersClosed && idle.size() < config.maxIdleReaders();
      if (keep) {
        idle.push(connection);
      }
    }
    if (!keep) {
      Connections.closeQuietly(connection);
    }
  }

  private static boolean isOpen(Connection connection) {
    try {
      return !connection.isClosed();
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    List<Connection> toClose = new ArrayList<>();
    synchronized (pool) {
      if (!readersClosed) {
        readersClosed = true;
        toClose.addAll(idle);
        // Readers still lent out (unclosed streams) are closed too, so that close() releases the file.
        toClose.addAll(lent);
        idle.clear();
        lent.clear();
      }
    }
    toClose.forEach(Connections::closeQuietly);
    writeLock.lock();
    try {
      if (!writerClosed) {
        writerClosed = true;
        Connections.closeQuietly(writer);
      }
    } finally {
      writeLock.unlock();
    }
  }

  private StoreException closed() {
    return new StoreException("The local store " + config.describe() + " is closed. Open a new SyncClient to"
        + " use it again.");
  }
}
