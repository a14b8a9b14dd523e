package dev.offsync.internal.sync;

import dev.offsync.errors.InvalidItemException;
import dev.offsync.operations.OperationKind;
import dev.offsync.operations.OperationState;
import dev.offsync.errors.PendingOperationsException;
import dev.offsync.internal.queue.AcknowledgedVersions;
import dev.offsync.internal.store.PartialItems;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import dev.offsync.store.OperationFilter;
import dev.offsync.store.QueuedOperation;
import dev.offsync.store.WriteTransaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store primitives the push, pull and purge engines are built on, each one transaction, independent
 * of the store implementation. Push: {@link #nextOperations}, {@link #markAttempted} (committed before the
 * request goes out), then {@link #complete} or {@link #markFailed}. Pull: {@link #deltaToken} and
 * {@link #applyPage}, the only way a delta token is written, so that it advances only with the records it
 * covers (invariant 4). Purge: {@link #purge}.
 *
 * <p>Thread-safe: it holds no mutable state; the store serializes the transactions.
 */
public final class SyncStore {

  private static final Logger log = LoggerFactory.getLogger(SyncStore.class);

  private static final Set<OperationState> SENDABLE = EnumSet.of(OperationState.PENDING,
      OperationState.ATTEMPTED);

  private final LocalStore store;
  private final Map<String, TableDefinition<?>> tables;
  private final Clock clock;
  private final AcknowledgedVersions acknowledged;

  /**
   * Primitives over {@code store} for these tables, by name; each version the service gives a row in answer
   * to this client's own change is recorded in {@code acknowledged}.
   */
  public SyncStore(LocalStore store, Map<String, TableDefinition<?>> tables, Clock clock,
      AcknowledgedVersions acknowledged) {
    this.store = Objects.requireNonNull(store, "store");
    this.tables = Map.copyOf(tables);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.acknowledged = Objects.requireNonNull(acknowledged, "acknowledged");
  }

  /**
   * The next operations to send, in sequence order: pending and attempted ones of the given tables (all
   * tables if empty). Failed operations wait for the application and are not included.
   */
  public List<QueuedOperation> nextOperations(Set<String> tableNames, int limit) {
    return store.read(transaction -> transaction.operations(new OperationFilter(tableNames, SENDABLE, limit)));
  }

  /**
   * Records that an operation is about to be sent, and returns it as it now stands (a local change may have
   * collapsed into it since it was read): its item and revision are the ones to send. Empty if it is gone.
   */
  public Optional<QueuedOperation> markAttempted(QueuedOperation operation) {
    return store.write(transaction -> markAttempted(transaction, operation));
  }

  /**
   * {@link #markAttempted(QueuedOperation)} for several operations in one transaction, before any of them is
   * sent: the ones still queued, as they now stand, by sequence.
   */
  public Map<Long, QueuedOperation> markAttempted(List<QueuedOperation> operations) {
    return store.write(transaction -> {
      Map<Long, QueuedOperation> attempted = new HashMap<>();
      for (QueuedOperation operation : operations) {
        markAttempted(transaction, operation).ifPresent(marked -> attempted.put(marked.sequence(), marked));
      }
      return attempted;
    });
  }

  private Optional<QueuedOperation> markAttempted(WriteTransaction transaction, QueuedOperation operation) {
    return transaction.operation(operation.sequence()).map(current -> {
      QueuedOperation attempted = current.attempted(clock.instant());
      transaction.updateOperation(attempted);
      return attempted;
    });
  }

  /**
   * Puts back, in one transaction, operations that were marked attempted but never sent (the push stopped
   * first), as they stood before; one that changed since it was marked is left as it is.
   *
   * @param before each operation as it stood before it was marked, by sequence
   * @param marked each as it was marked
   */
  public void unmarkAttempted(Map<Long, QueuedOperation> before, List<QueuedOperation> marked) {
    if (marked.isEmpty()) {
      return;
    }
    store.write(transaction -> {
      for (QueuedOperation attempted : marked) {
        QueuedOperation original = before.get(attempted.sequence());
        Optional<QueuedOperation> current = transaction.operation(attempted.sequence());
        if (original != null && current.isPresent() && current.get().equals(attempted)) {
          transaction.updateOperation(original);
        }
      }
      return null;
    });
  }

  /** An operation the service accepted, with its copy of the item (null for a delete). */
  public record Accepted(QueuedOperation sent, String serverItem) {}

  /**
   * The service accepted {@code sent}: in one transaction, write its copy of the item locally and remove the
   * operation (invariant 3). If the item changed locally while the request was in flight (the revision
   * moved on), the local row is kept and the operation stays as a new change based on the service's copy.
   *
   * @param serverItem the service's entity JSON from the answer, or null (a delete)
   */
  public Completion complete(QueuedOperation sent, String serverItem) {
    Accepted accepted = new Accepted(sent, serverItem);
    PartialItems.Read<?> server = decode(accepted);
    return store.write(transaction -> complete(transaction, accepted, server));
  }

  /**
   * {@link #complete} for several accepted operations in one transaction (the push groups its bookkeeping):
   * each operation leaves the queue in the transaction that writes the service's answer (invariant 3).
   */
  public void completeAll(List<Accepted> accepted) {
    if (accepted.isEmpty()) {
      return;
    }
    List<PartialItems.Read<?>> servers = new ArrayList<>(accepted.size());
    accepted.forEach(one -> servers.add(decode(one)));
    store.write(transaction -> {
      for (int i = 0; i < accepted.size(); i++) {
        complete(transaction, accepted.get(i), servers.get(i));
      }
      return null;
    });
  }

  private PartialItems.Read<?> decode(Accepted accepted) {
    return accepted.serverItem() == null ? null
        : PartialItems.read(definition(accepted.sent().table()), accepted.serverItem());
  }

  @SuppressWarnings("unchecked")
  private <T> Completion complete(WriteTransaction transaction, Accepted accepted, PartialItems.Read<?> decoded) {
    QueuedOperation sent = accepted.sent();
    TableDefinition<T> table = (TableDefinition<T>) definition(sent.table());
    PartialItems.Read<T> read = (PartialItems.Read<T>) decoded;
    Decoded<T> server = read == null ? null : read.item();
    Optional<QueuedOperation> current = transaction.operation(sent.sequence());
    if (current.isEmpty()) {
      return Completion.OPERATION_GONE;
    }
    if (current.get().revision() == sent.revision()) {
      transaction.removeOperation(sent.sequence());
      writeServerCopy(transaction, table, current.get(), withLocalValues(transaction, table, read, sent.itemId()));
      return Completion.COMPLETED;
    }
    return keepLocalChange(transaction, table, sent, current.get(), server, accepted.serverItem());
  }

  /**
   * The service's copy, with the local row's values in the columns its answer lacked (a service without
   * those columns, which offered no description to check): an answer never writes a default over them.
   */
  private static <T> Decoded<T> withLocalValues(WriteTransaction transaction, TableDefinition<T> table,
      PartialItems.Read<T> read, String id) {
    if (read == null || read.missing().isEmpty()) {
      return read == null ? null : read.item();
    }
    log.warn("The service's answer for table '{}' lacks the column(s) {}; the local values are kept (does the"
        + " service have these columns?)", table.tableName(), read.missing());
    return transaction.find(table, id)
        .map(local -> PartialItems.withLocalValues(table, read.item(), local.entity(), read.missing()))
        .orElse(read.item());
  }

  private <T> void writeServerCopy(WriteTransaction transaction, TableDefinition<T> table,
      QueuedOperation operation, Decoded<T> server) {
    // A delete completes with no copy; with one, it was resolved by a merged item the service now holds.
    if (server == null) {
      return;
    }
    SystemProperties system = systemOf(operation.itemId(), server);
    if (system.deleted()) {
      transaction.deleteRow(table, operation.itemId());
    } else {
      transaction.mergeServerRow(table, table.withSystemProperties(server.entity(), system), system);
      acknowledged.acknowledged(table.tableName(), operation.itemId(), operation.version(), system.version());
    }
  }

  private <T> Completion keepLocalChange(WriteTransaction transaction, TableDefinition<T> table,
      QueuedOperation sent, QueuedOperation current, Decoded<T> server, String serverItem) {
    OperationKind remaining;
    String version;
    if (sent.kind() == OperationKind.DELETE && current.kind() == OperationKind.DELETE) {
      // Inserted again and deleted again while the delete was in flight: both sides agree it is gone.
      transaction.removeOperation(current.sequence());
      return Completion.COMPLETED;
    } else if (sent.kind() == OperationKind.DELETE) {
      // Deleted on the service, inserted again here: it must be created anew.
      remaining = OperationKind.INSERT;
      version = null;
    } else {
      remaining = current.kind() == OperationKind.INSERT ? OperationKind.UPDATE : current.kind();
      version = server == null ? current.version() : server.system().version();
    }
    if (server != null && current.kind() != OperationKind.DELETE) {
      SystemProperties system = systemOf(current.itemId(), server);
      transaction.updateSystemProperties(table, system);
      acknowledged.acknowledged(table.tableName(), current.itemId(), current.version(), system.version());
    }
    transaction.updateOperation(current.rebased(remaining, version, serverItem, clock.instant()));
    return Completion.KEPT_LOCAL_CHANGE;
  }

  /**
   * The service refused {@code sent}: mark its operation failed with the status, the error and the service's
   * copy (the 409/412 body), keeping it queued (invariant 6). Empty if the operation is gone.
   */
  public Optional<QueuedOperation> markFailed(QueuedOperation sent, Integer httpStatus, String error,
      String serverItem) {
    return store.write(transaction -> transaction.operation(sent.sequence()).map(current -> {
      QueuedOperation failed = current.failed(httpStatus, error, serverItem, clock.instant());
      transaction.updateOperation(failed);
      return failed;
    }));
  }

  /** The delta token of a table's query, if one was stored. */
  public Optional<String> deltaToken(String table, String queryId) {
    return store.read(transaction -> transaction.deltaToken(table, queryId));
  }

  /**
   * Applies one pulled page in one transaction: items marked deleted delete the local row, others are
   * inserted or replace it (local-only columns kept), items with a pending operation are skipped and
   * reported (invariant 5), and the delta token, if given, is stored with them (invariant 4).
   */
  public <T> PageResult applyPage(TableDefinition<T> table, String queryId, List<Decoded<T>> items,
      String newToken) {
    definition(table.tableName());
    return store.write(transaction -> {
      List<String> skipped = new ArrayList<>();
      int upserted = 0;
      int deleted = 0;
      // Usually the table has no operation at all (a pull pushes first): then one look serves the page.
      boolean anyPending = !transaction.operations(new OperationFilter(Set.of(table.tableName()),
          EnumSet.allOf(OperationState.class), 1)).isEmpty();
      // Upserts go to the store as one batch, written before any delete that follows them (page order kept).
      List<Decoded<T>> upserts = new ArrayList<>(items.size());
      for (Decoded<T> item : items) {
        String id = item.system().id();
        if (id == null) {
          throw new InvalidItemException("A pulled item of table '" + table.tableName() + "' has no id");
        }
        if (anyPending && transaction.operation(table.tableName(), id).isPresent()) {
          skipped.add(id);
        } else if (item.system().deleted()) {
          upserted += writeUpserts(transaction, table, upserts);
          deleted += transaction.deleteRow(table, id) ? 1 : 0;
        } else {
          upserts.add(item);
        }
      }
      upserted += writeUpserts(transaction, table, upserts);
      String token = skipped.isEmpty() ? newToken : beforeFirstSkipped(items, skipped, newToken);
      if (token != null) {
        transaction.putDeltaToken(table.tableName(), queryId, token);
      }
      return new PageResult(upserted, deleted, skipped);
    });
  }

  /** Writes the collected upserts as one batch and empties the list; returns how many were written. */
  private static <T> int writeUpserts(WriteTransaction transaction, TableDefinition<T> table,
      List<Decoded<T>> upserts) {
    int count = upserts.size();
    if (count > 0) {
      transaction.mergeServerRows(table, upserts);
      upserts.clear();
    }
    return count;
  }

  /**
   * The token that stops just before the page's first skipped item, or null to leave the stored one: a skipped
   * item must be fetched again once its operation is gone (invariant 10), since the operation may be
   * discarded, and then the local row is older than the service's copy. The pull stores no later token
   * (PullEngine), so the next pull starts again at the skipped item.
   */
  private static <T> String beforeFirstSkipped(List<Decoded<T>> items, List<String> skipped, String newToken) {
    if (newToken == null) {
      return null;
    }
    Set<String> held = Set.copyOf(skipped);
    List<PullCursor> applied = new ArrayList<>();
    PullCursor firstSkipped = null;
    for (Decoded<T> item : items) {
      if (item.system().updatedAt() == null) {
        return null;
      }
      PullCursor at = new PullCursor(item.system().updatedAt(), item.system().id());
      if (held.contains(item.system().id())) {
        firstSkipped = firstSkipped == null || at.compareTo(firstSkipped) < 0 ? at : firstSkipped;
      } else {
        applied.add(at);
      }
    }
    PullCursor bound = firstSkipped;
    return applied.stream().filter(at -> at.compareTo(bound) < 0).max(PullCursor::compareTo)
        .map(PullCursor::token).orElse(null);
  }

  /**
   * Deletes a table's local rows, queued operations and delta tokens in one transaction.
   *
   * @throws PendingOperationsException if operations are queued and {@code discardPendingOperations} is false
   */
  public PurgeResult purge(TableDefinition<?> table, boolean discardPendingOperations) {
    String name = definition(table.tableName()).tableName();
    return store.write(transaction -> {
      long pending = transaction.operationCounts().getOrDefault(name, 0L);
      if (pending > 0 && !discardPendingOperations) {
        throw new PendingOperationsException(name, pending, "purge");
      }
      long operations = transaction.removeOperations(name);
      long rows = transaction.deleteAllRows(table);
      return new PurgeResult(rows, operations, transaction.removeDeltaTokens(name));
    });
  }

  private static SystemProperties systemOf(String id, Decoded<?> server) {
    SystemProperties system = server.system();
    return system.id() == null ? system.withId(id) : system;
  }

  private TableDefinition<?> definition(String table) {
    TableDefinition<?> definition = tables.get(table);
    if (definition == null) {
      throw new IllegalArgumentException("Table '" + table + "' is not part of this client");
    }
    return definition;
  }
}
