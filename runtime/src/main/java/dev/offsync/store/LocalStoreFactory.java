package dev.offsync.store;

import dev.offsync.schema.TableDefinition;
import java.time.Clock;
import java.util.List;

/**
 * Opens a {@link LocalStore} for a client's tables; pass one to {@code SyncClient.builder().store(...)} to
 * bring your own store. The client calls it once, from {@code build()}, and closes the store on
 * {@code close()}.
 *
 * <pre>{@code
 * SyncClient client = SyncClient.builder()
 *     .store((tables, clock) -> MyStore.open(tables, clock))   // or offsync-testing's InMemoryStore.create()
 *     .tables(TodoItemTable.DEFINITION)
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface LocalStoreFactory {

  /**
   * Opens the store and makes it ready for {@code tables}, all in one step that either completes or leaves
   * the stored data as it was: a table seen for the first time is created empty; a table whose
   * {@link TableDefinition#schemaHash() schema hash} differs from the one recorded is migrated, keeping its
   * rows where the columns allow, its queued operations and its delta tokens; each table's schema hash is
   * then recorded ({@link ReadTransaction#schemaHash}). Tables the store holds but {@code tables} does not
   * list are left alone. A store that cannot be used (held by another client, written by a newer format,
   * damaged) is refused with a {@link dev.offsync.errors.StoreException} saying what to do.
   *
   * @param tables the client's tables, distinct names, in the order given to the builder
   * @param clock the client's clock, for the timestamps the store keeps
   * @return the open store, owned by the caller from then on
   */
  LocalStore open(List<TableDefinition<?>> tables, Clock clock);
}
