package dev.offsync.store;

import java.util.function.Function;

/**
 * The local store behind a {@code SyncClient}: entity rows by table definition, the operations queue, the
 * delta tokens and the schema record, read and written in transactions. Offsync ships a SQLite store (the
 * default, {@code SyncClient.builder().store(Path)}); the {@code offsync-testing} module adds
 * {@code dev.offsync.testing.InMemoryStore}, and its {@code LocalStoreContract} is the suite a store of one's
 * own proves itself with. An application brings its own through {@link LocalStoreFactory} and
 * {@code SyncClient.builder().store(LocalStoreFactory)}.
 *
 * <p>A store only keeps data. The rules of the queue (collapse, push bookkeeping, pages, purge, the
 * invariants of {@code DESIGN.md}) live above this interface in the runtime, so every implementation
 * shares them; an implementation must not second-guess them (it never collapses operations by itself, for
 * example), only store what it is told, atomically.
 *
 * <h2>What an implementation must guarantee</h2>
 * <ul>
 *   <li><b>Atomic, serialized writes.</b> {@link #write} runs one transaction at a time (a second writer
 *       waits); all of a transaction's changes become visible together when it returns, or none do when it
 *       throws. A durable store must also keep a committed transaction whole across a crash of the process:
 *       after restart either all of its changes are there or none are.</li>
 *   <li><b>Snapshot reads.</b> A {@link ReadTransaction} sees one committed state for its whole life: never
 *       part of a write, never a write committed after it began. Reads should not wait for writes (the SQLite
 *       store runs them beside the writer); where an implementation must make them wait, it says so.</li>
 *   <li><b>Read your writes.</b> Inside {@link #write}, reads of the {@link WriteTransaction} see the
 *       transaction's own changes.</li>
 *   <li><b>No "busy" errors.</b> Contention between this store's own transactions is resolved by waiting,
 *       never reported to the caller.</li>
 *   <li><b>Typed failures.</b> A failure of the storage is a {@link dev.offsync.errors.StoreException} whose message
 *       names the store ({@link #describe()}) and never contains item contents, tokens or keys. A misuse of
 *       the API (a table the store was not opened with, an operation that does not exist) is an
 *       {@link IllegalArgumentException} or {@link IllegalStateException} as documented per method.</li>
 *   <li><b>Threads.</b> Every method of this interface may be called from any thread. A transaction object
 *       belongs to the thread that opened it and is not used concurrently.</li>
 * </ul>
 *
 * <p>The contract test {@code LocalStoreContract} (in the runtime's tests) checks these rules; run it against
 * a new implementation.
 */
public interface LocalStore extends AutoCloseable {

  /**
   * Opens a read transaction on the last committed state; the caller must close it. Streams it returned stay
   * usable until it is closed, and closing it closes them.
   *
   * @throws dev.offsync.errors.StoreException if the store is closed or cannot be read
   */
  ReadTransaction beginRead();

  /** Runs {@code work} in a read transaction and closes it, also when {@code work} throws. */
  default <R> R read(Function<ReadTransaction, R> work) {
    try (ReadTransaction transaction = beginRead()) {
      return work.apply(transaction);
    }
  }

  /**
   * Runs {@code work} in a write transaction: it commits when {@code work} returns and rolls back, leaving the
   * store exactly as before, when it throws (the exception is rethrown as it is). Streams opened on the
   * transaction are closed before it ends.
   *
   * @throws IllegalStateException if the calling thread is already inside {@code write} (no nesting)
   * @throws dev.offsync.errors.StoreException if the store is closed or the commit fails (then nothing was changed)
   */
  <R> R write(Function<WriteTransaction, R> work);

  /** A short description for messages, such as the file path; never contents or keys. */
  String describe();

  /**
   * Releases the store: waits for a write in progress, then ends open read transactions and their streams.
   * Later calls fail with a {@link dev.offsync.errors.StoreException}. Idempotent.
   */
  @Override
  void close();
}
