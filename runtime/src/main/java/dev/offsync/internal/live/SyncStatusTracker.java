package dev.offsync.internal.live;

import dev.offsync.errors.NetworkException;
import dev.offsync.errors.OffsyncException;
import dev.offsync.operations.OperationState;
import dev.offsync.PushResult;
import dev.offsync.Subscription;
import dev.offsync.status.SyncEvent;
import dev.offsync.status.SyncListener;
import dev.offsync.status.SyncStatus;
import dev.offsync.status.SyncStatus.Activity;
import dev.offsync.status.SyncStatus.Connectivity;
import dev.offsync.status.SyncStatus.Failure;
import dev.offsync.store.LocalStore;
import dev.offsync.store.OperationFilter;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Follows a client's sync events into a {@link SyncStatus}, then passes each event on to the application's
 * listener. The queue's counts are read from the store when a status is asked for; the rest (connectivity,
 * failure, activity, last syncs) is kept here. Every change here marks {@link #STATUS} in the live queries,
 * so status observers re-run as queue changes make them re-run.
 */
public final class SyncStatusTracker implements SyncListener {

  /** The name status observers are marked under, beside the queue's. */
  static final String STATUS = "__status";

  private final LiveQueries live;
  private final LocalStore store;
  private final SyncListener next;
  private final Clock clock;
  /**
   * Guarded by {@code this}: events may come from parallel push sends. Replaced whole, never changed in place,
   * so {@link #status()} reads one consistent copy.
   */
  private State state = new State(Connectivity.UNKNOWN, Optional.empty(), Optional.empty(), Map.of());

  private record State(Connectivity connectivity, Optional<Failure> failure, Optional<Activity> activity,
      Map<String, Instant> lastSync) {}

  /** A tracker over {@code store}'s queue, forwarding events to {@code next}. */
  public SyncStatusTracker(LocalStore store, SyncListener next, Clock clock) {
    this.live = TrackingStore.liveQueries(store);
    this.store = store;
    this.next = next;
    this.clock = clock;
  }

  /** The status now. */
  public SyncStatus status() {
    State now;
    synchronized (this) {
      now = state;
    }
    Map<String, Long> pending = store.read(transaction -> transaction.operationCounts());
    long failed = store.read(transaction -> transaction.operations(new OperationFilter(Set.of(),
        EnumSet.of(OperationState.FAILED), Integer.MAX_VALUE)).size());
    return new SyncStatus(now.connectivity(), now.failure(), now.activity(), pending, failed, now.lastSync());
  }

  /** Observes the status as a live query: now, then after every change to it. */
  public Subscription observe(Consumer<? super SyncStatus> listener) {
    return live.observe(Set.of(STATUS, TrackedTables.OPERATIONS), this::status, listener);
  }

  @Override
  public void onEvent(SyncEvent event) {
    synchronized (this) {
      state = next(state, event);
    }
    live.changed(Set.of(STATUS));
    next.onEvent(event);
  }

  /** The service's change feed is open: the service is reachable. */
  public void feedConnected() {
    synchronized (this) {
      state = new State(Connectivity.ONLINE, state.failure(), state.activity(), state.lastSync());
    }
    live.changed(Set.of(STATUS));
  }

  /** The change feed could not be opened or dropped: offline when the service could not be reached. */
  public void feedFailed(OffsyncException error) {
    synchronized (this) {
      State failed = failed(state, Optional.empty(), error);
      state = new State(failed.connectivity(), failed.failure(), state.activity(), failed.lastSync());
    }
    live.changed(Set.of(STATUS));
  }

  private State next(State now, SyncEvent event) {
    if (event instanceof SyncEvent.PushStarted started) {
      return active(now, new Activity(Activity.Kind.PUSHING, Optional.empty(), 0, started.operations()));
    } else if (event instanceof SyncEvent.PushItem item && now.activity().isPresent()) {
      Activity running = now.activity().get();
      return active(now, new Activity(running.kind(), Optional.of(item.table()), running.done() + 1,
          running.total()));
    } else if (event instanceof SyncEvent.PushEnded ended) {
      return pushEnded(now, ended.result());
    } else if (event instanceof SyncEvent.PullStarted started) {
      return active(now, new Activity(Activity.Kind.PULLING, Optional.of(started.table()), 0, -1));
    } else if (event instanceof SyncEvent.ItemsFetched fetched && now.activity().isPresent()) {
      Activity running = now.activity().get();
      return active(now, new Activity(running.kind(), running.table(), running.done(), fetched.total()));
    } else if (event instanceof SyncEvent.ItemsCommitted committed && now.activity().isPresent()) {
      Activity running = now.activity().get();
      return active(now, new Activity(running.kind(), running.table(), committed.committed(), running.total()));
    } else if (event instanceof SyncEvent.PullEnded ended) {
      Map<String, Instant> synced = new HashMap<>(now.lastSync());
      synced.put(ended.result().table(), clock.instant());
      return new State(Connectivity.ONLINE, now.failure(), Optional.empty(), Map.copyOf(synced));
    } else if (event instanceof SyncEvent.PullFailed failed) {
      return failed(now, Optional.of(failed.table()), failed.error());
    }
    return now;
  }

  private static State active(State now, Activity activity) {
    return new State(now.connectivity(), now.failure(), Optional.of(activity), now.lastSync());
  }

  private State pushEnded(State now, PushResult result) {
    if (result.stoppedBy().isPresent()) {
      return failed(now, Optional.empty(), result.stoppedBy().get());
    }
    boolean reached = result.pushed() + result.resolvedConflicts() + result.failed().size() > 0;
    return new State(reached ? Connectivity.ONLINE : now.connectivity(), now.failure(), Optional.empty(),
        now.lastSync());
  }

  private State failed(State now, Optional<String> table, OffsyncException error) {
    // Only an unreachable service says offline; a refusal was an answer, so the service was reached.
    Connectivity connectivity = error instanceof NetworkException ? Connectivity.OFFLINE
        : refusedBeforeSending(error) ? now.connectivity() : Connectivity.ONLINE;
    Failure failure = new Failure(table, error.getMessage(), clock.instant());
    return new State(connectivity, Optional.of(failure), Optional.empty(), now.lastSync());
  }

  private static boolean refusedBeforeSending(OffsyncException error) {
    return error instanceof dev.offsync.errors.PendingOperationsException;
  }
}
