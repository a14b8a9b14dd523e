package dev.offsync.internal.queue;

import dev.offsync.InvalidItemException;
import dev.offsync.ItemExistsException;
import dev.offsync.ItemNotFoundException;
import dev.offsync.OperationKind;
import dev.offsync.StaleItemException;
import dev.offsync.StoreException;
import dev.offsync.internal.store.ItemJson;
import dev.offsync.internal.store.StoreHooks;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import dev.offsync.store.QueuedOperation;
import dev.offsync.store.WriteTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The application's inserts, updates and deletes: each writes the entity row and its queue operation in
 * one transaction (invariant 1), collapsing into the item's pending operation by {@link Collapse}'s rules
 * (invariant 2). Local writes never change {@code updatedAt} or {@code version}: the service owns them.
 *
 * <p>Thread-safe: it holds no mutable state; the store serializes the transactions.
 */
public final class LocalWrites {

  private final LocalStore store;
  private final StoreHooks hooks;
  private final Clock clock;
  private final AcknowledgedVersions acknowledged;

  /** Writes through {@code store}, calling {@code hooks} inside each transaction. */
  public LocalWrites(LocalStore store, StoreHooks hooks, Clock clock, AcknowledgedVersions acknowledged) {
    this.store = Objects.requireNonNull(store, "store");
    this.hooks = Objects.requireNonNull(hooks, "hooks");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.acknowledged = Objects.requireNonNull(acknowledged, "acknowledged");
  }

  /**
   * Inserts an item, generating its id if it has none, and returns it as stored.
   *
   * @throws ItemExistsException if the id exists locally
   * @throws dev.offsync.InvalidOperationSequenceException if the item has a pending insert or update
   * @throws dev.offsync.UnsupportedValueException if a value cannot make the round trip to the service
   */
  public <T> T insert(TableDefinition<T> table, T entity) {
    Objects.requireNonNull(entity, "item");
    RoundTripCheck.check(table, entity);
    String given = table.systemProperties(entity).id();
    String id = given == null ? Ids.generate() : Ids.check(table.tableName(), given);
    return store.write(transaction -> insert(transaction, InsertChecks.one(transaction, table), table, entity,
        id));
  }

  /**
   * Inserts items in one transaction, all or none, generating the ids they lack; returns them as stored,
   * in order.
   *
   * @throws ItemExistsException if an id exists locally (nothing is inserted)
   * @throws dev.offsync.InvalidOperationSequenceException if an item has a pending insert or update, or an id
   *     is given twice
   */
  public <T> List<T> insertAll(TableDefinition<T> table, Collection<? extends T> entities) {
    Objects.requireNonNull(entities, "items");
    List<T> items = new ArrayList<>(entities.size());
    List<String> ids = new ArrayList<>(entities.size());
    for (T entity : entities) {
      Objects.requireNonNull(entity, "item");
      RoundTripCheck.check(table, entity);
      String given = table.systemProperties(entity).id();
      items.add(entity);
      ids.add(given == null ? Ids.generate() : Ids.check(table.tableName(), given));
    }
    return store.write(transaction -> {
      InsertChecks checks = InsertChecks.many(transaction, table, ids);
      List<T> stored = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        stored.add(insert(transaction, checks, table, items.get(i), ids.get(i)));
      }
      return stored;
    });
  }

  private <T> T insert(WriteTransaction transaction, InsertChecks checks, TableDefinition<T> table, T entity,
      String id) {
    QueuedOperation pending = checks.pending(id);
    Collapse.Outcome outcome = Collapse.apply(pending, OperationKind.INSERT);
    if (pending == null && checks.exists(id)) {
      throw new ItemExistsException(table.tableName(), id);
    }
    // After a pending delete the service still has the item: keep the version to replace it with.
    SystemProperties system = new SystemProperties(id, null, pending == null ? null : pending.version(), false);
    T stored = table.withSystemProperties(entity, system);
    transaction.insertRow(table, stored, system);
    hooks.beforeQueueWrite(table.tableName(), id);
    queue(transaction, table.tableName(), id, pending, outcome, ItemJson.write(table, stored), null, null);
    return stored;
  }

  /**
   * Replaces an existing item, keeping its {@code updatedAt} and {@code version}, and returns it as stored.
   *
   * @throws ItemNotFoundException if the id does not exist locally
   * @throws dev.offsync.InvalidOperationSequenceException if the item has a pending delete
   * @throws StaleItemException if the item carries a version other than the stored row's
   * @throws dev.offsync.UnsupportedValueException if a value cannot make the round trip to the service
   */
  public <T> T update(TableDefinition<T> table, T entity) {
    Objects.requireNonNull(entity, "item");
    String id = requireId(table, entity, "update");
    RoundTripCheck.check(table, entity);
    String expected = table.systemProperties(entity).version();
    return store.write(transaction -> {
      QueuedOperation pending = transaction.operation(table.tableName(), id).orElse(null);
      Collapse.Outcome outcome = Collapse.apply(pending, OperationKind.UPDATE);
      Decoded<T> current = existing(transaction, table, id, pending, "update");
      requireCurrent(table, current, expected, "update");
      SystemProperties system = new SystemProperties(id, current.system().updatedAt(),
          current.system().version(), false);
      T stored = table.withSystemProperties(entity, system);
      transaction.replaceRow(table, stored, system);
      hooks.beforeQueueWrite(table.tableName(), id);
      queue(transaction, table.tableName(), id, pending, outcome, ItemJson.write(table, stored),
          system.version(),
          ItemJson.write(table, current.entity()));
      return stored;
    });
  }

  /**
   * Deletes an existing item.
   *
   * @throws ItemNotFoundException if the id does not exist locally
   * @throws dev.offsync.InvalidOperationSequenceException if the item has a pending delete
   */
  public <T> void delete(TableDefinition<T> table, String id) {
    delete(table, id, null);
  }

  /**
   * Deletes an existing item given as an object: if it carries a version, that must be the stored row's.
   *
   * @throws ItemNotFoundException if the id does not exist locally
   * @throws dev.offsync.InvalidOperationSequenceException if the item has a pending delete
   * @throws StaleItemException if the item carries a version other than the stored row's
   */
  public <T> void delete(TableDefinition<T> table, T entity) {
    delete(table, requireId(table, entity, "delete"), table.systemProperties(entity).version());
  }

  private <T> void delete(TableDefinition<T> table, String id, String expected) {
    Objects.requireNonNull(id, "id");
    store.write(transaction -> {
      QueuedOperation pending = transaction.operation(table.tableName(), id).orElse(null);
      Collapse.Outcome outcome = Collapse.apply(pending, OperationKind.DELETE);
      Decoded<T> current = existing(transaction, table, id, pending, "delete");
      requireCurrent(table, current, expected, "delete");
      transaction.deleteRow(table, id);
      hooks.beforeQueueWrite(table.tableName(), id);
      String item = ItemJson.write(table, current.entity());
      queue(transaction, table.tableName(), id, pending, outcome, item, current.system().version(), item);
      return null;
    });
  }

  /** The id of an item to update or delete. */
  public <T> String requireId(TableDefinition<T> table, T entity, String action) {
    Objects.requireNonNull(entity, "item");
    String id = table.systemProperties(entity).id();
    if (id == null) {
      throw new InvalidItemException("Cannot " + action + " an item of table '" + table.tableName()
          + "' without an id. Read the item (get or query) and " + action + " that copy.");
    }
    return id;
  }

  /**
   * Issue 18: an item read before a pull or push changed its row carries the older version; writing it would
   * drop the newer change with no conflict anywhere, so it is refused (optimistic concurrency, as JPA's
   * {@code @Version}). An item without a version (a model without one, or built by hand) is not checked, and
   * neither is one whose version this client's own pushes moved on since it was read (its contents are the
   * device's; see {@link AcknowledgedVersions}).
   */
  private <T> void requireCurrent(TableDefinition<T> table, Decoded<T> current, String expected,
      String action) {
    if (expected != null
        && !acknowledged.leadsTo(table.tableName(), current.system().id(), expected, current.system().version())) {
      throw new StaleItemException(table.tableName(), current.system().id(), action);
    }
  }

  private <T> Decoded<T> existing(WriteTransaction transaction, TableDefinition<T> table, String id,
      QueuedOperation pending, String action) {
    return transaction.find(table, id).orElseThrow(() -> pending == null
        ? new ItemNotFoundException(table.tableName(), id, action)
        : new StoreException("The local store " + store.describe() + " is inconsistent: item '" + id
            + "' of table '" + table.tableName() + "' has a pending " + pending.kind() + " but no row"));
  }

  /** Applies a collapse outcome; {@code version} and {@code base} are used only for a new operation. */
  private void queue(WriteTransaction transaction, String table, String id, QueuedOperation pending,
      Collapse.Outcome outcome, String item, String version, String base) {
    Instant now = clock.instant();
    if (outcome instanceof Collapse.Queue queue) {
      transaction.addOperation(QueuedOperation.create(table, id, queue.kind(), item, version, base, now));
    } else if (outcome instanceof Collapse.Merge merge) {
      transaction.updateOperation(pending.collapse(merge.kind(), item, now));
    } else {
      transaction.removeOperation(pending.sequence());
    }
  }
}
