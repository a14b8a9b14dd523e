package dev.offsync.internal.store.sqlite;

import java.sql.Connection;

/**
 * A connection lent for one transaction; closing the lease gives it back (and releases any lock taken to
 * lend it).
 *
 * @param connection the connection
 * @param ownTransaction whether a read should wrap itself in {@code BEGIN}/{@code COMMIT}: true where other
 *     connections may write concurrently, false where the lease itself excludes writers
 * @param release what closing the lease does
 */
record Lease(Connection connection, boolean ownTransaction, Runnable release) implements AutoCloseable {

  /** Gives the connection back. */
  @Override
  public void close() {
    release.run();
  }
}
