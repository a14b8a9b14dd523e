package dev.offsync.store;

import java.util.function.Function;

/**
 * The local store behind a {@code SyncClient}: entity rows by table definition, the operations queue and the
 * delta tokens, read and written in transactions. The SQLite store implements it; a "bring your own store"
 * implementation would too. The rules of the queue (collapse, push bookkeeping, pages, purge) live above this
 * interface, in {@code internal.queue} and {@code internal.sync}, so every implementation shares them.
 *
 * <p><b>Guarantees an implementation must give:</b> write transactions are serialized and atomic (all of a
 * transaction's changes become visible together, or none do, also across a crash); a read transaction sees
 * one committed state for its whole life and never blocks on, nor sees part of, a write; no "busy" condition
 * reaches callers. Every method may be called from any thread; a transaction object belongs to the thread
 * that opened it. Failures are reported as {@link dev.offsync.StoreException}.
 */
public interface LocalStore extends AutoCloseable {

  /** Opens a read transaction; the caller must close it (streams it returned stay usable until then). */
  ReadTransaction beginRead();

  /** Runs {@code work} in a read transaction and closes it. */
  default <R> R read(Function<ReadTransaction, R> work) {
    try (ReadTransaction transaction = beginRead()) {
      return work.apply(transaction);
    }
  }

  /**
   * Runs {@code work} in a write transaction: it commits when {@code work} returns and rolls back when it
   * throws (the exception is rethrown). A write transaction cannot be opened inside another on one thread.
   */
  <R> R write(Function<WriteTransaction, R> work);

  /** A short description for messages, such as the file path; never contents. */
  String describe();

  /** Releases the store: later calls fail with a {@link dev.offsync.StoreException}. Idempotent. */
  @Override
  void close();
}
