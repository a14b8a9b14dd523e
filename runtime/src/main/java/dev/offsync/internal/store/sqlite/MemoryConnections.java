package dev.offsync.internal.store.sqlite;

import dev.offsync.errors.StoreException;
import java.sql.Connection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The single connection of an in-memory store (an in-memory SQLite database exists only inside its
 * connection). Readers and writers take turns on it: a read, including an open query stream, holds the
 * connection until it is closed, so it never sees a write in progress.
 */
final class MemoryConnections implements ConnectionSource {

  /** Held by whoever uses {@link #connection}; reentrant so that reads can nest on one thread. */
  private final ReentrantLock lock = new ReentrantLock();
  private final Connection connection;
  /** Whether the lock holder is writing; guarded by {@link #lock}. */
  private boolean writing;
  /** Set under {@link #lock}, or after waiting for it in vain; volatile for that second case. */
  private volatile boolean closed;
  private final long closeWaitMillis;

  MemoryConnections(Connection connection, long closeWaitMillis) {
    this.connection = connection;
    this.closeWaitMillis = closeWaitMillis;
  }

  @Override
  public Lease writer() {
    if (lock.isHeldByCurrentThread()) {
      throw new IllegalStateException(writing
          ? "A write transaction is already open on this thread; nested write transactions are not supported"
          : "An in-memory store cannot write on a thread that has a query stream open; close the stream"
              + " first (or use a file store, whose readers run beside the writer)");
    }
    lock.lock();
    if (closed) {
      lock.unlock();
      throw closed();
    }
    writing = true;
    return new Lease(connection, false, () -> {
      writing = false;
      lock.unlock();
    });
  }

  @Override
  public Lease reader() {
    lock.lock();
    if (closed) {
      lock.unlock();
      throw closed();
    }
    return new Lease(connection, false, lock::unlock);
  }

  /**
   * Closes the connection once the current reader or writer is done; a stream left open on another thread
   * is waited for only up to the busy timeout, then its connection is closed under it.
   */
  @Override
  public void close() {
    boolean locked = false;
    try {
      locked = lock.tryLock(closeWaitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      if (!closed) {
        closed = true;
        Connections.closeQuietly(connection);
      }
    } finally {
      if (locked) {
        lock.unlock();
      }
    }
  }

  private static StoreException closed() {
    return new StoreException("The in-memory store is closed; its data is gone. Open a new SyncClient.");
  }
}
