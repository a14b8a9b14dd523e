package dev.offsync.server.internal.changes;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One client's change stream: the tables it follows and the notices not yet sent. Bounded by its tables, not by
 * how slowly the client reads: notices of one table coalesce, the newest {@code updatedAt} kept. Thread-safe:
 * the bus files notices from its thread, the stream's writer takes them on the request's.
 */
public final class ChangeConnection implements AutoCloseable {

  /** Table name to the owner a row must have to be heard of, or null for every row of the table. */
  private final Map<String, String> scopes;
  private final Runnable onClose;
  /** Guarded by this: the newest unsent time per table, in the order tables first changed. */
  private final Map<String, Instant> pending = new LinkedHashMap<>();
  /** Guarded by this. */
  private boolean closed;

  ChangeConnection(Map<String, String> scopes, Runnable onClose) {
    this.scopes = new LinkedHashMap<>(scopes);
    this.onClose = onClose;
  }

  /** Files a notice if this connection may hear of it; never blocks. */
  void offer(ChangeNotice notice) {
    if (!scopes.containsKey(notice.table())) {
      return;
    }
    String owner = scopes.get(notice.table());
    if (owner != null && !owner.equals(notice.owner())) {
      return;
    }
    note(notice.table(), notice.updatedAt());
  }

  /** Files a time for a table, as a notice would (the newest time of a table when the stream opens). */
  public synchronized void note(String table, Instant updatedAt) {
    if (closed) {
      return;
    }
    pending.merge(table, updatedAt, (a, b) -> a.isAfter(b) ? a : b);
    notifyAll();
  }

  /**
   * Waits up to {@code timeout} for notices and takes them all.
   *
   * @return the newest time per changed table, empty when none came in time, or null once closed
   */
  public synchronized Map<String, Instant> take(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!closed && pending.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Map.of();
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    if (closed) {
      return null;
    }
    Map<String, Instant> taken = new LinkedHashMap<>(pending);
    pending.clear();
    return taken;
  }

  /** Ends the stream: a waiting {@link #take} returns null; closing twice is harmless. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      pending.clear();
      notifyAll();
    }
    onClose.run();
  }
}
