package dev.offsync.internal.live;

import dev.offsync.Subscription;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Flow;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;

/**
 * The invalidation tracker of one client, as Room's: observers register by table; after each write
 * transaction ends, {@link TrackingStore} reports the tables it changed and every observer of one of them
 * re-runs (see {@link LiveObservation} for how runs coalesce and where listeners are called).
 *
 * <p>Threads: queries re-run on the executor the application chose, else on one daemon thread
 * {@code offsync-live-query} owned here; listeners are called on daemon threads {@code offsync-live-listener-N}
 * owned here, one at a time per listener, made on demand and ended after a short idle time. {@link #close()}
 * cancels every observer and shuts the owned threads down.
 */
public final class LiveQueries implements AutoCloseable {

  static final String QUERY_THREAD = "offsync-live-query";
  static final String LISTENER_THREADS = "offsync-live-listener-";

  /**
   * Observers by table name. Registration and removal run on any thread; {@link #changed} iterates a
   * weakly consistent view, which is enough: an observer registered after a commit's iteration starts its
   * first run after the commit, so it reads the committed state anyway.
   */
  private final Map<String, Set<LiveObservation<?>>> observers = new ConcurrentHashMap<>();
  private final Executor queries;
  /** Null when the application gave the query executor; it then keeps owning it. */
  private final ExecutorService ownedQueries;
  private final ExecutorService listeners;
  private volatile boolean closed;
  /** What else runs on this client's changes (auto sync) and stops with it. */
  private final Set<Subscription> dependents = ConcurrentHashMap.newKeySet();

  private LiveQueries(Executor queries, ExecutorService ownedQueries) {
    this.queries = queries;
    this.ownedQueries = ownedQueries;
    this.listeners = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS, new SynchronousQueue<>(),
        daemonThreads(LISTENER_THREADS, true));
  }

  /** Live queries on {@code executor}, or on a thread of their own when it is null. */
  public static LiveQueries create(Executor executor) {
    if (executor != null) {
      return new LiveQueries(executor, null);
    }
    ThreadPoolExecutor own = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS,
        new java.util.concurrent.LinkedBlockingQueue<>(), daemonThreads(QUERY_THREAD, false));
    own.allowCoreThreadTimeOut(true);
    return new LiveQueries(own, own);
  }

  private static ThreadFactory daemonThreads(String name, boolean numbered) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, numbered ? name + count.incrementAndGet() : name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Starts observing: {@code query} runs at once on the query executor and its result goes to
   * {@code listener}, then again after every transaction that changed one of {@code tables}, delivered only
   * when it differs from the last one delivered.
   *
   * @throws IllegalStateException if the client is closed
   */
  public <R> Subscription observe(Set<String> tables, Supplier<R> query, Consumer<? super R> listener) {
    LiveObservation<R> observation = new LiveObservation<>(tables, query, listener, queries, listeners,
        this::remove);
    for (String table : observation.tables()) {
      observers.computeIfAbsent(table, name -> ConcurrentHashMap.newKeySet()).add(observation);
    }
    if (closed) {
      // close() may have missed it: cancel it the same way close() would have.
      observation.cancel();
      throw new IllegalStateException("The SyncClient is closed; live queries cannot start");
    }
    observation.invalidate();
    return observation;
  }

  /** A publisher of {@code query}'s results over {@code tables}, with the same guarantees as {@link #observe}. */
  @IgnoreJRERequirement // Flow: not in Android API 26, see LocalQuery.publisher()
  public <R> Flow.Publisher<R> publisher(Set<String> tables, Supplier<R> query) {
    return subscriber -> LivePublication.start(subscriber, listener -> observe(tables, query, listener));
  }

  /** Invalidates the observers of every table in {@code tables}; called after each write transaction. */
  void changed(Collection<String> tables) {
    for (String table : tables) {
      Set<LiveObservation<?>> affected = observers.get(table);
      if (affected != null) {
        affected.forEach(LiveObservation::invalidate);
      }
    }
  }

  private void remove(LiveObservation<?> observation) {
    for (String table : observation.tables()) {
      observers.computeIfPresent(table, (name, set) -> {
        set.remove(observation);
        return set.isEmpty() ? null : set;
      });
    }
  }

  /** The number of active observers, for tests of leaks. */
  public int observerCount() {
    return (int) observers.values().stream().flatMap(Set::stream).distinct().count();
  }

  /** Cancels {@code dependent} when this closes (at once if it is closed already). */
  public void closeWith(Subscription dependent) {
    dependents.add(dependent);
    if (closed) {
      dependent.cancel();
    }
  }

  /** Cancels every observer and dependent, and shuts down the threads owned here. Idempotent. */
  @Override
  public void close() {
    closed = true;
    dependents.forEach(Subscription::cancel);
    List.copyOf(observers.values()).stream().flatMap(Set::stream).toList().forEach(LiveObservation::cancel);
    if (ownedQueries != null) {
      ownedQueries.shutdownNow();
    }
    listeners.shutdownNow();
  }
}
