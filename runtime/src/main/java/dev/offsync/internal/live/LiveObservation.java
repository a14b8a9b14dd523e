package dev.offsync.internal.live;

import dev.offsync.Subscription;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One observer: a query over some tables and a listener. Two lanes run it. The query lane re-runs the query
 * on the live-query executor after a change, at most one run at a time, coalescing every change that arrives
 * meanwhile into the next run. The delivery lane hands the newest changed result to the listener on a
 * listener thread, replacing (not queueing) a result the listener has not taken yet. So a slow listener
 * holds only its own lane: writers never wait for it, other listeners neither, and it is never flooded.
 *
 * @param <R> the result type; results are compared with {@code equals}
 */
final class LiveObservation<R> implements Subscription {

  private static final Logger LOG = LoggerFactory.getLogger(LiveObservation.class);
  private static final Object NOTHING_DELIVERED = new Object();

  private final Set<String> tables;
  private final Supplier<R> query;
  private final Consumer<? super R> listener;
  private final Executor queries;
  private final Executor deliveries;
  private final Consumer<LiveObservation<?>> onCancel;

  /**
   * Set by every commit that touched the tables, before it schedules the query lane; cleared by the lane
   * just before it reads. A commit that ends after the read began therefore leaves it set and the lane runs
   * once more: the last run always starts after the last commit ended (invariant 11 of DESIGN.md).
   */
  private final AtomicBoolean dirty = new AtomicBoolean();
  /** True while a query-lane task is queued or running; only the thread that sets it may run the lane. */
  private final AtomicBoolean querying = new AtomicBoolean();
  /** The last result passed to the delivery lane; read and written only by the query lane, one run at a time. */
  private volatile Object lastResult = NOTHING_DELIVERED;
  /** The newest result the listener has not taken yet, or null; the delivery lane takes it. */
  private final AtomicReference<R> pending = new AtomicReference<>();
  /** True while a delivery-lane task is queued or running; only the thread that sets it may run the lane. */
  private final AtomicBoolean delivering = new AtomicBoolean();
  /** Once true never false again; checked before every run and every listener call. */
  private volatile boolean cancelled;

  LiveObservation(Set<String> tables, Supplier<R> query, Consumer<? super R> listener, Executor queries,
      Executor deliveries, Consumer<LiveObservation<?>> onCancel) {
    this.tables = Set.copyOf(tables);
    this.query = query;
    this.listener = listener;
    this.queries = queries;
    this.deliveries = deliveries;
    this.onCancel = onCancel;
  }

  Set<String> tables() {
    return tables;
  }

  /** Marks the result stale and makes sure a query run follows; never blocks. */
  void invalidate() {
    dirty.set(true);
    if (!cancelled && querying.compareAndSet(false, true)) {
      start(queries, this::runQueries, querying);
    }
  }

  private void runQueries() {
    do {
      if (!cancelled) {
        runQueryOnce();
      }
      querying.set(false);
      // A commit between the run and the reset above found the lane busy and left only the mark: take over.
    } while (dirty.get() && !cancelled && querying.compareAndSet(false, true));
  }

  private void runQueryOnce() {
    dirty.set(false);
    R result;
    try {
      result = Objects.requireNonNull(query.get(), "live query result");
    } catch (RuntimeException e) {
      // The next change runs it again; a closed store ends here as the client closes.
      LOG.warn("A live query over {} failed: {}", tables, e.toString());
      return;
    }
    if (!result.equals(lastResult)) {
      lastResult = result;
      pending.set(result);
      if (delivering.compareAndSet(false, true)) {
        start(deliveries, this::runDeliveries, delivering);
      }
    }
  }

  private void runDeliveries() {
    do {
      R next;
      while (!cancelled && (next = pending.getAndSet(null)) != null) {
        deliver(next);
      }
      delivering.set(false);
    } while (pending.get() != null && !cancelled && delivering.compareAndSet(false, true));
  }

  private void deliver(R result) {
    try {
      listener.accept(result);
    } catch (RuntimeException e) {
      // A listener's bug must not end its observation nor reach other listeners.
      LOG.warn("A live query listener over {} threw; it stays subscribed", tables, e);
    }
  }

  private void start(Executor executor, Runnable lane, AtomicBoolean running) {
    try {
      executor.execute(lane);
    } catch (RejectedExecutionException e) {
      running.set(false);
      if (!cancelled) {
        LOG.warn("The live-query executor refused a run over {}: {}", tables, e.toString());
      }
    }
  }

  @Override
  public void cancel() {
    if (!cancelled) {
      cancelled = true;
      pending.set(null);
      onCancel.accept(this);
    }
  }

  @Override
  public boolean isActive() {
    return !cancelled;
  }

  @Override
  public String toString() {
    return "LiveObservation[" + tables + (cancelled ? ", cancelled]" : "]");
  }
}
