package dev.offsync.internal.sync;

import dev.offsync.conflict.Conflict;
import dev.offsync.operations.FailedOperation;
import dev.offsync.operations.OperationKind;
import dev.offsync.conflict.Resolution;
import dev.offsync.internal.http.WriteResult;
import dev.offsync.internal.store.ItemJson;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.QueuedOperation;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one queued operation and settles the answer: success writes the service's copy and removes the
 * operation in one transaction; a conflict goes to the table's resolver, unless it is the echo of our own
 * earlier send (a re-send after a crash, invariant 3); other refusals mark the operation failed. Network
 * failures, refused credentials and 5xx/429 after retries are thrown, to stop the push.
 */
final class OperationSender {

  private static final Logger log = LoggerFactory.getLogger(OperationSender.class);
  /** Re-sends a resolver may cause for one operation, when the service keeps changing underneath. */
  private static final int MAX_RESOLUTION_ROUNDS = 2;

  private final SyncContext context;
  private final SyncStore sync;
  private final Resolutions resolutions;

  OperationSender(SyncContext context, SyncStore sync, Resolutions resolutions) {
    this.context = context;
    this.sync = sync;
    this.resolutions = resolutions;
  }

  /**
   * Sends an operation already marked attempted ({@link SyncStore#markAttempted}) and settles the answer. An
   * accepted operation goes to {@code accepted}, which completes it in the store (possibly with others, in
   * one transaction); refusals and resolutions are written at once.
   */
  PushEngine.Outcome send(QueuedOperation attempted, Consumer<SyncStore.Accepted> accepted) {
    return send(context.table(attempted.table()), attempted, accepted);
  }

  private <T> PushEngine.Outcome send(TableDefinition<T> table, QueuedOperation operation,
      Consumer<SyncStore.Accepted> accepted) {
    T item = operation.kind() == OperationKind.DELETE ? null : ItemJson.read(table, operation.item()).entity();
    WriteResult<T> answer = switch (operation.kind()) {
      case INSERT -> context.calls().insert(table, item);
      case UPDATE -> context.calls().replace(table, item, operation.version());
      case DELETE -> context.calls().delete(table, operation.itemId(), operation.version());
    };
    if (operation.kind() == OperationKind.INSERT && answer.isConflict() && answer.item() != null
        && answer.item().system().deleted() && !context.hasOwnResolver(table)) {
      // The id is taken only by a deleted item (typically our own delete, pushed before): a deleted row holds
      // nothing to lose, and inserting the id again means bringing it back with the new contents. An app that
      // set a resolver decides itself (its server wins drops the insert).
      log.debug("{} insert: the id belongs to a deleted item on the service; restoring it", operation.table());
      answer = sendOver(table, operation, item, answer.item().system().version(), true);
    } else if (answer.isConflict() && answer.item() != null && !isEcho(table, operation, item, answer)
        && isOwnEarlierSend(table, operation, answer)) {
      log.debug("{} {}: the service holds an earlier send of ours whose answer was lost; sending the newer"
          + " change over it", operation.table(), operation.kind());
      answer = sendOver(table, operation, item, answer.item().system().version(), false);
    }
    return settle(table, operation, item, answer, 0, accepted);
  }

  /**
   * Sends the operation again over the service's version, since the service's copy is our own earlier write,
   * not another client's. Recorded as a send first, so that a lost answer to it is recognised too.
   */
  private <T> WriteResult<T> sendOver(TableDefinition<T> table, QueuedOperation operation, T item, String version,
      boolean restore) {
    sync.markAttempted(operation);
    return operation.kind() == OperationKind.DELETE ? context.calls().delete(table, operation.itemId(), version)
        : restore ? context.calls().restore(table, item, version)
        : context.calls().replace(table, item, version);
  }

  private <T> PushEngine.Outcome settle(TableDefinition<T> table, QueuedOperation operation, T item,
      WriteResult<T> answer, int round, Consumer<SyncStore.Accepted> accepted) {
    // A delete resolved by a merged item sends that item: its answer is a row to store, not a deletion.
    boolean delete = operation.kind() == OperationKind.DELETE && item == null;
    if (answer.isSuccess() || (delete && answer.isGone())) {
      accepted.accept(new SyncStore.Accepted(operation, delete ? null : answer.json()));
      return round == 0 ? PushEngine.Outcome.PUSHED : PushEngine.Outcome.RESOLVED;
    }
    if (answer.isConflict() && answer.item() != null) {
      if (isEcho(table, operation, item, answer)) {
        log.debug("{} {}: the service already has this change (a re-send); completed", operation.table(),
            operation.kind());
        accepted.accept(new SyncStore.Accepted(operation, delete ? null : answer.json()));
        return PushEngine.Outcome.PUSHED;
      }
      if (round < MAX_RESOLUTION_ROUNDS) {
        return resolve(table, operation, item, answer, round, accepted);
      }
    }
    return fail(operation, answer, answer.isConflict()
        ? "conflict: the service's copy differs" + (answer.problem() == null ? "" : " (" + answer.problem() + ")")
        : answer.isGone() ? "the item no longer exists on the service"
        : "refused" + (answer.problem() == null ? "" : ": " + answer.problem()));
  }

  private <T> PushEngine.Outcome resolve(TableDefinition<T> table, QueuedOperation operation, T item,
      WriteResult<T> answer, int round, Consumer<SyncStore.Accepted> accepted) {
    SystemProperties server = answer.item().system();
    T serverItem = table.withSystemProperties(answer.item().entity(), server);
    Conflict<T> conflict = new Conflict<>(operation.toPendingOperation(), item, serverItem, answer.status());
    Resolution<T> resolution;
    try {
      resolution = context.resolver(table).resolve(conflict);
    } catch (RuntimeException e) {
      log.warn("The conflict resolver of table '{}' threw; the operation is left failed", table.tableName(), e);
      return fail(operation, answer, "the conflict resolver threw " + e.getClass().getSimpleName());
    }
    if (resolution == null || resolution instanceof Resolution.LeaveFailed<T>) {
      return fail(operation, answer, "conflict: the service's copy differs; left for the application");
    }
    if (resolution instanceof Resolution.ServerWins<T>) {
      resolutions.takeServerCopy(table, operation, answer.json());
      return PushEngine.Outcome.RESOLVED;
    }
    T resend = resolution instanceof Resolution.Merged<T> merged
        ? table.withSystemProperties(merged.item(), new SystemProperties(operation.itemId(), null, null, false))
        : item;
    WriteResult<T> again = operation.kind() == OperationKind.DELETE && resend == null
        ? context.calls().delete(table, operation.itemId(), server.version())
        : server.deleted()
            // Deleted on the service (a 409 on insert): a plain PUT would meet 410; this restores it.
            ? context.calls().restore(table, resend, server.version())
            : context.calls().replace(table, resend, server.version());
    return settle(table, operation, resend, again, round + 1, accepted);
  }

  /**
   * Whether the conflicting copy is our own change already applied: a re-send after a crash between the
   * service's commit and ours. Compared as JSON without system properties.
   */
  private static <T> boolean isEcho(TableDefinition<T> table, QueuedOperation operation, T item,
      WriteResult<T> answer) {
    if (item == null) {
      return answer.item().system().deleted();
    }
    if (answer.item().system().deleted()) {
      return false;
    }
    SystemProperties bare = SystemProperties.local(operation.itemId());
    String ours = ItemJson.write(table, table.withSystemProperties(item, bare));
    String theirs = ItemJson.write(table, table.withSystemProperties(answer.item().entity(), bare));
    return ours.equals(theirs);
  }

  /**
   * Whether the conflicting copy is what an earlier send of this operation carried: that send reached the
   * service but its answer was lost (a crash, a reset connection), and the item changed locally since.
   */
  private static <T> boolean isOwnEarlierSend(TableDefinition<T> table, QueuedOperation operation,
      WriteResult<T> answer) {
    if (answer.item().system().deleted()) {
      return false;
    }
    SystemProperties bare = SystemProperties.local(operation.itemId());
    String theirs = ItemJson.write(table, table.withSystemProperties(answer.item().entity(), bare));
    for (String sent : operation.sentItemList()) {
      if (ItemJson.write(table, table.withSystemProperties(ItemJson.read(table, sent).entity(), bare))
          .equals(theirs)) {
        return true;
      }
    }
    return false;
  }

  private PushEngine.Outcome fail(QueuedOperation operation, WriteResult<?> answer, String error) {
    QueuedOperation failed = sync.markFailed(operation, answer.status(), error, answer.json()).orElse(operation);
    return PushEngine.Outcome.failed(new FailedOperation(failed.toPendingOperation(), answer.status(), error));
  }
}
