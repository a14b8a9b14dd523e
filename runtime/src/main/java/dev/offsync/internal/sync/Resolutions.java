package dev.offsync.internal.sync;

import dev.offsync.operations.OperationKind;
import dev.offsync.operations.OperationState;
import dev.offsync.internal.store.ItemJson;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import dev.offsync.store.QueuedOperation;
import dev.offsync.store.WriteTransaction;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Ends a conflict or a failure in one transaction each: take the service's copy, discard the local change, or
 * retry with a new item. Used by the push engine (resolver answers) and by the application's manual calls.
 * Thread-safe: no mutable state; the store serializes the transactions.
 */
public final class Resolutions {

  private final LocalStore store;
  private final Clock clock;

  /** Resolutions over this store. */
  public Resolutions(LocalStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Takes the service's copy (JSON, or null when the service has none) as the local row and drops the
   * operation, unless the item changed locally since {@code sent} was read: then the newer local change stays
   * queued, rebased on the service's copy.
   *
   * @return whether the operation left the queue
   */
  public <T> boolean takeServerCopy(TableDefinition<T> table, QueuedOperation sent, String serverJson) {
    Decoded<T> server = serverJson == null ? null : ItemJson.read(table, serverJson);
    return store.write(transaction -> {
      Optional<QueuedOperation> current = transaction.operation(sent.sequence());
      if (current.isEmpty()) {
        return true;
      }
      if (current.get().revision() != sent.revision()) {
        String version = server == null ? null : server.system().version();
        OperationKind kind = server == null ? OperationKind.INSERT
            : current.get().kind() == OperationKind.INSERT ? OperationKind.UPDATE : current.get().kind();
        transaction.updateOperation(current.get().rebased(kind, version, serverJson, clock.instant()));
        return false;
      }
      transaction.removeOperation(sent.sequence());
      writeServerState(transaction, table, sent.itemId(), server);
      return true;
    });
  }

  /**
   * Drops a failed or pending operation and its local change: the local row goes back to the last copy known
   * from the service (the failure's copy, else the base), or is removed if the service never had the item.
   */
  public <T> void discard(TableDefinition<T> table, long sequence) {
    store.write(transaction -> {
      QueuedOperation operation = transaction.operation(sequence).orElseThrow(() -> gone(sequence));
      String known = operation.serverItem() != null ? operation.serverItem() : operation.base();
      transaction.removeOperation(sequence);
      writeServerState(transaction, table, operation.itemId(), known == null ? null : ItemJson.read(table, known));
      return null;
    });
  }

  /**
   * Replaces the operation's item with {@code item} (also as the local row) and queues it again, to be sent
   * over the service's copy reported with the failure (its version in {@code If-Match}).
   */
  public <T> void retryWith(TableDefinition<T> table, long sequence, T item) {
    store.write(transaction -> {
      QueuedOperation operation = transaction.operation(sequence).orElseThrow(() -> gone(sequence));
      SystemProperties local = table.systemProperties(item);
      if (!operation.itemId().equals(local.id())) {
        throw new IllegalArgumentException("The new item's id '" + local.id() + "' is not the operation's item id '"
            + operation.itemId() + "'");
      }
      Decoded<T> server = operation.serverItem() == null ? null : ItemJson.read(table, operation.serverItem());
      String version = server == null ? operation.version() : server.system().version();
      OperationKind kind = server == null ? kindWithoutServerCopy(operation) : OperationKind.UPDATE;
      SystemProperties system = server == null ? new SystemProperties(local.id(), null, version, false)
          : server.system().withId(local.id());
      T stored = table.withSystemProperties(item, system);
      if (!transaction.replaceRow(table, stored, system)) {
        transaction.insertRow(table, stored, system);
      }
      QueuedOperation retried = operation.rebased(kind, version, operation.serverItem(), clock.instant())
          .withItem(ItemJson.write(table, stored), clock.instant());
      transaction.updateOperation(retried);
      return null;
    });
  }

  private static OperationKind kindWithoutServerCopy(QueuedOperation operation) {
    return operation.kind() == OperationKind.DELETE ? OperationKind.UPDATE : operation.kind();
  }

  private static <T> void writeServerState(WriteTransaction transaction, TableDefinition<T> table, String id,
      Decoded<T> server) {
    if (server == null || server.system().deleted()) {
      transaction.deleteRow(table, id);
      return;
    }
    SystemProperties system = server.system().id() == null ? server.system().withId(id) : server.system();
    transaction.mergeServerRow(table, table.withSystemProperties(server.entity(), system), system);
  }

  private static IllegalArgumentException gone(long sequence) {
    return new IllegalArgumentException("Operation " + sequence + " is no longer queued");
  }

  /** Whether an operation is one the application may resolve by hand. */
  static boolean isResolvable(QueuedOperation operation) {
    return operation.state() == OperationState.FAILED || operation.state() == OperationState.PENDING;
  }
}
