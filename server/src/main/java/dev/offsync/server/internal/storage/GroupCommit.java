package dev.offsync.server.internal.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * SQLite's writes, one at a time, sharing commits: a write that finds other writes waiting leaves its
 * transaction open for them, and the last of the group commits for all. SQLite has one writer and a commit
 * costs a sync of the log to disk ({@code synchronous=FULL}), so writes that queue during one commit share the
 * next instead of each paying for its own.
 *
 * <p>Each write runs on its caller's thread, inside a savepoint of the group's transaction: a write that throws
 * is rolled back to its savepoint alone and its exception passes through at once. A write that succeeded
 * returns only after the group's commit, so nothing is acknowledged before it is durable; if the commit
 * fails, every write of the group fails. The writer lock is fair, so writes of a table commit in the order
 * they ran, and with them in the order of their {@code updatedAt} (invariant 8).
 */
final class GroupCommit {

  /** A group commits after this many writes even if more wait, to bound what one failed commit undoes. */
  private static final int MAX_GROUP = 64;

  private final ConnectionGate connections;
  private final ReentrantLock writer = new ReentrantLock(true);
  /** The open group, guarded by {@link #writer}: null between groups. */
  private Group open;

  GroupCommit(ConnectionGate connections) {
    this.connections = connections;
  }

  /** Runs the work in the open group (opening one if none is) and returns once its group has committed. */
  <T> T write(SqlWork<T> work) {
    Group group;
    T result = null;
    Throwable failure = null;
    writer.lock();
    try {
      group = open != null ? open : open();
      try {
        result = group.run(work);
      } catch (RuntimeException | Error e) {
        failure = e; // this write alone was undone; the group goes on without it
      }
      if (group.committed.isDone()) {
        open = null; // the group failed as a whole and told its writes
      } else if (writer.hasQueuedThreads() && group.size < MAX_GROUP) {
        open = group; // the next writer in line joins it, and commits it or leaves it to the next
      } else {
        open = null;
        group.commit();
      }
    } finally {
      writer.unlock();
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    awaitCommit(group);
    return result;
  }

  private Group open() {
    try {
      return new Group(connections.lease());
    } catch (SQLException e) {
      throw new StorageException("Database write failed", e);
    }
  }

  private static void awaitCommit(Group group) {
    try {
      group.committed.get();
    } catch (ExecutionException e) {
      throw new StorageException("Database write failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("Interrupted while the write's commit was pending; it may or may not have"
          + " been stored", e);
    }
  }

  /** One transaction shared by consecutive writes; used only under the writer lock. */
  private static final class Group {

    private final ConnectionGate.Lease lease;
    private final Connection connection;
    private final CompletableFuture<Void> committed = new CompletableFuture<>();
    private int size;

    Group(ConnectionGate.Lease lease) throws SQLException {
      this.lease = lease;
      this.connection = lease.connection();
      try {
        connection.setAutoCommit(false);
      } catch (SQLException e) {
        lease.close();
        throw e;
      }
    }

    /** Runs one write in a savepoint; on failure rolls back to it and rethrows, the group stays usable. */
    <T> T run(SqlWork<T> work) {
      Savepoint savepoint = null;
      try {
        savepoint = connection.setSavepoint();
        T result = work.run(connection);
        connection.releaseSavepoint(savepoint);
        size++;
        return result;
      } catch (SQLException e) {
        undo(savepoint, e);
        throw new StorageException("Database write failed", e);
      } catch (RuntimeException | Error e) {
        undo(savepoint, e);
        throw e;
      }
    }

    /** Rolls back one write; when even that fails the group's connection is unusable and the group fails. */
    private void undo(Savepoint savepoint, Throwable cause) {
      try {
        if (savepoint == null) {
          throw new SQLException("No savepoint was set");
        }
        connection.rollback(savepoint);
        connection.releaseSavepoint(savepoint);
      } catch (SQLException e) {
        cause.addSuppressed(e);
        fail(cause);
      }
    }

    void commit() {
      if (committed.isDone()) {
        return;
      }
      try {
        connection.commit();
        committed.complete(null);
      } catch (SQLException e) {
        fail(e);
        return;
      }
      close();
    }

    private void fail(Throwable cause) {
      try {
        connection.rollback();
      } catch (SQLException e) {
        cause.addSuppressed(e);
      }
      committed.completeExceptionally(cause);
      close();
    }

    private void close() {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        // The pool resets or discards a connection whose state it cannot restore.
      }
      try {
        lease.close();
      } catch (SQLException e) {
        // Closing returns the connection to the pool; nothing else to undo.
      }
    }
  }
}
