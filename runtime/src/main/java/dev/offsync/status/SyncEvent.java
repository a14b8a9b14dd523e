package dev.offsync.status;

import dev.offsync.PullResult;
import dev.offsync.PushResult;
import dev.offsync.errors.OffsyncException;
import dev.offsync.operations.OperationKind;

/**
 * Progress of a push or pull, named as the .NET Datasync toolkit names it. Events carry counts and names,
 * never item contents.
 */
public sealed interface SyncEvent {

  /** A push begins with this many operations to send. */
  record PushStarted(long operations) implements SyncEvent {}

  /**
   * One operation was sent; {@code outcome} is {@code pushed}, {@code resolved}, {@code failed} or
   * {@code skipped} (gone from the queue before it was sent). The store records an accepted operation's completion
   * with up to 31 others in one transaction, so this event can come before that commit; {@link PushEnded} comes
   * after every commit of the push.
   */
  record PushItem(String table, String itemId, OperationKind kind, String outcome) implements SyncEvent {}

  /** A push ended. */
  record PushEnded(PushResult result) implements SyncEvent {}

  /** A pull of one table's query begins. */
  record PullStarted(String table, String queryId) implements SyncEvent {}

  /** A page arrived: items in it, and the total the service announced (-1 when unknown). */
  record ItemsFetched(String table, long items, long total) implements SyncEvent {}

  /** A page was committed locally; {@code committed} counts all items committed by this pull so far. */
  record ItemsCommitted(String table, long committed) implements SyncEvent {}

  /** A pull of one table's query ended. */
  record PullEnded(PullResult result) implements SyncEvent {}

  /** A pull of one table stopped with an error, which its caller receives too. */
  record PullFailed(String table, OffsyncException error) implements SyncEvent {}
}
