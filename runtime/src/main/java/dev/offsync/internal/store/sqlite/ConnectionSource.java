package dev.offsync.internal.store.sqlite;

/**
 * Lends SQLite connections: the single writer, exclusively, and readers, one per read transaction.
 *
 * <p>Both methods throw {@link dev.offsync.errors.StoreException} once the source is closed, and
 * {@link IllegalStateException} when a thread asks for the writer while it already holds it.
 */
interface ConnectionSource extends AutoCloseable {

  /** Waits for and lends the write connection; no other write happens until the lease is closed. */
  Lease writer();

  /** Lends a connection for one read transaction. */
  Lease reader();

  /** Closes every connection, waiting for a write in progress to end. Idempotent. */
  @Override
  void close();
}
