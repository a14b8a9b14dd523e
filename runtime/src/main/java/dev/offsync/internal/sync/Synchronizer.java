package dev.offsync.internal.sync;

import dev.offsync.errors.OffsyncException;
import dev.offsync.PullResult;
import dev.offsync.PushResult;
import dev.offsync.status.SyncEvent;
import dev.offsync.query.Filter;
import java.util.Optional;
import dev.offsync.schema.TableDefinition;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One client's push and pull, serialized: a push and a pull of the same client never run at once, so an
 * operation is never sent twice concurrently and a page is never applied beside a push of the same items.
 * Local reads and writes are not blocked by it.
 */
public final class Synchronizer {

  /** Held for the whole of a push or pull; reentrant because a pull pushes first. */
  private final ReentrantLock lock = new ReentrantLock();
  private final PushEngine push;
  private final PullEngine pull;
  private final SyncContext context;

  /** Engines over the context. */
  public Synchronizer(SyncContext context) {
    this.context = context;
    this.push = new PushEngine(context);
    this.pull = new PullEngine(context, push);
  }

  /** Pushes the pending operations of these tables (all if empty). */
  public PushResult push(Set<String> tables) {
    lock.lock();
    try {
      return push.push(tables);
    } finally {
      lock.unlock();
    }
  }

  /** Pulls one query of one table. */
  public <T> PullResult pull(TableDefinition<T> table, Optional<? extends Filter<?>> filter, String queryId,
      boolean implicitPush) {
    return pull(table, filter, queryId, implicitPush, false);
  }

  /** Pulls one query of one table, then removes the local rows the service no longer has if asked. */
  public <T> PullResult pull(TableDefinition<T> table, Optional<? extends Filter<?>> filter, String queryId,
      boolean implicitPush, boolean reconcileIds) {
    lock.lock();
    try {
      return pull.pull(table, filter, queryId, implicitPush, reconcileIds);
    } catch (OffsyncException e) {
      context.emit(new SyncEvent.PullFailed(table.tableName(), e));
      throw e;
    } finally {
      lock.unlock();
    }
  }
}
