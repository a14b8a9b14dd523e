package dev.offsync.android.internal;

import android.database.sqlite.SQLiteDatabase;
import dev.offsync.errors.StoreException;
import java.io.File;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The read connections of a store: each a read-only {@link SQLiteDatabase} of its own with a single
 * connection, lent to one read transaction at a time. Android before API 35 has no read-only transaction on
 * its connection pool ({@code beginTransaction} takes the writer's lock, and the pool may run each statement
 * on another connection), so a reader is a database object whose only connection keeps the snapshot that a
 * {@code SAVEPOINT} opens: in WAL mode it reads beside the writer, never waits for it, and never sees part of
 * a write.
 */
final class Readers {

  private static final int MAX_IDLE = 4;

  private final File file;
  /** Guards {@link #idle}, {@link #lent} and {@link #closed}. */
  private final Object lock = new Object();
  private final ArrayDeque<SQLiteDatabase> idle = new ArrayDeque<>();
  private final Set<SQLiteDatabase> lent = new HashSet<>();
  private boolean closed;

  Readers(File file) {
    this.file = file;
  }

  /** Lends a reader; give it back with {@link #giveBack}. */
  SQLiteDatabase lend() {
    SQLiteDatabase reader;
    synchronized (lock) {
      if (closed) {
        throw closed(file);
      }
      reader = idle.poll();
    }
    if (reader == null) {
      reader = SQLiteDatabase.openDatabase(file.getPath(), null,
          SQLiteDatabase.OPEN_READONLY | SQLiteDatabase.NO_LOCALIZED_COLLATORS);
    }
    synchronized (lock) {
      if (closed) {
        reader.close();
        throw closed(file);
      }
      lent.add(reader);
    }
    return reader;
  }

  /** Takes a reader back, keeping it for the next read unless enough are idle or the store closed. */
  void giveBack(SQLiteDatabase reader) {
    boolean keep;
    synchronized (lock) {
      keep = lent.remove(reader) && !closed && reader.isOpen() && idle.size() < MAX_IDLE;
      if (keep) {
        idle.push(reader);
      }
    }
    if (!keep) {
      reader.close();
    }
  }

  /** Closes every reader, lent ones too, so that closing the store releases the file. Idempotent. */
  void close() {
    List<SQLiteDatabase> toClose = new ArrayList<>();
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      toClose.addAll(idle);
      toClose.addAll(lent);
      idle.clear();
      lent.clear();
    }
    toClose.forEach(SQLiteDatabase::close);
  }

  /** The error for any use of a closed store. */
  static StoreException closed(File file) {
    return new StoreException("The local store " + file + " is closed. Open a new SyncClient to use it again.");
  }
}
