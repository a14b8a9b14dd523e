package dev.offsync.internal.live;

import dev.offsync.store.LocalStore;
import dev.offsync.store.ReadTransaction;
import dev.offsync.store.WriteTransaction;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@link LocalStore} decorator that tells its {@link LiveQueries} which tables each write transaction
 * changed, once the transaction has ended. It wraps any store (SQLite, in memory, an application's own), so
 * every writer of the runtime (local writes, pulled pages, push answers, resolutions, purges) is seen without
 * the engines knowing about live queries. Migrations run when the store opens, before this wrapper exists:
 * each observer's first run reads the migrated state.
 */
public final class TrackingStore implements LocalStore {

  private final LocalStore delegate;
  private final LiveQueries live;

  private TrackingStore(LocalStore delegate, LiveQueries live) {
    this.delegate = delegate;
    this.live = live;
  }

  /** Wraps {@code store}; closing the wrapper stops {@code live} first, then closes the store. */
  public static TrackingStore wrap(LocalStore store, LiveQueries live) {
    return new TrackingStore(Objects.requireNonNull(store, "store"), Objects.requireNonNull(live, "live"));
  }

  /**
   * The live queries of {@code store}.
   *
   * @throws IllegalStateException if the store was not wrapped by this class
   */
  public static LiveQueries liveQueries(LocalStore store) {
    if (store instanceof TrackingStore tracking) {
      return tracking.live;
    }
    throw new IllegalStateException("Live queries need a SyncClient's store; " + store.describe() + " is not one");
  }

  @Override
  public ReadTransaction beginRead() {
    return delegate.beginRead();
  }

  /**
   * Runs the write and then marks the tables it touched, also when it threw: a rolled-back transaction only
   * costs the affected observers one run that finds nothing new, while marking only on success would miss a
   * commit whose confirmation failed after the data was durable.
   */
  @Override
  public <R> R write(Function<WriteTransaction, R> work) {
    // Confined to the writing thread: a transaction is used by the thread that opened it.
    Set<String> changed = new HashSet<>();
    try {
      return delegate.write(transaction -> work.apply(new TrackingWriteTransaction(transaction, changed)));
    } finally {
      live.changed(changed);
    }
  }

  @Override
  public String describe() {
    return delegate.describe();
  }

  @Override
  public void close() {
    live.close();
    delegate.close();
  }
}
