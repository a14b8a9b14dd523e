package dev.offsync.internal.live;

import dev.offsync.AutoSyncOptions;
import dev.offsync.errors.OffsyncException;
import dev.offsync.PushResult;
import dev.offsync.Subscription;
import dev.offsync.internal.http.TransportResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automatic sync: a debounced push after local changes, and pulls either when the service's change feed says a
 * table changed ({@link ChangeFeed}, on its own thread) or, without a feed, a push and pull of every table each
 * interval, backing off while they fail. Pushes and pulls run on one daemon thread {@code offsync-auto-sync},
 * so they never overlap; failures are reported through the sync status (the engines emit them, the feed's
 * through {@link SyncStatusTracker}), and logged here at debug only.
 */
public final class AutoSyncRunner implements Subscription {

  static final String THREAD = "offsync-auto-sync";
  private static final Logger LOG = LoggerFactory.getLogger(AutoSyncRunner.class);

  /**
   * What auto sync drives.
   *
   * @param pending the number of queued operations
   * @param push pushes every table
   * @param pullAll pulls every table (default query)
   * @param pullTable pulls one table (default query)
   * @param pulledUpTo the {@code updatedAt} a table's default query has pulled up to, if it has pulled
   * @param openFeed opens the change feed of every table, or null when it is not to be used
   * @param status where the feed's connectivity is reported
   */
  public record Actions(Supplier<Long> pending, Supplier<PushResult> push, Runnable pullAll,
      Consumer<String> pullTable, Function<String, Optional<Instant>> pulledUpTo,
      Supplier<TransportResponse> openFeed, SyncStatusTracker status) {}

  private final AutoSyncOptions options;
  private final Actions actions;
  private final ScheduledExecutorService thread;
  private final Subscription queueWatch;
  private final ChangeFeed feed;
  /** Read and written only on {@link #thread}: the wait before the next poll or retried pull. */
  private Duration wait;
  /** Only touched on {@link #thread}: the debounced push waiting to run, if any. */
  private ScheduledFuture<?> pendingPush;
  /** Only touched on {@link #thread}: tables a notice named, with the newest time, not pulled yet. */
  private final Map<String, Instant> noticed = new LinkedHashMap<>();
  /** Only touched on {@link #thread}: the debounced pull of {@link #noticed}, if any. */
  private ScheduledFuture<?> pendingPull;
  private volatile boolean stopped;

  private AutoSyncRunner(LiveQueries live, AutoSyncOptions options, Actions actions) {
    this.options = options;
    this.actions = actions;
    this.wait = options.pollInterval();
    this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread daemon = new Thread(runnable, THREAD);
      daemon.setDaemon(true);
      return daemon;
    });
    Duration firstRetry = options.pollInterval().compareTo(Duration.ofSeconds(1)) < 0 ? options.pollInterval()
        : Duration.ofSeconds(1);
    this.feed = options.changeFeed() && actions.openFeed() != null
        ? new ChangeFeed(actions.openFeed(), new FeedListener(), firstRetry, options.maxBackoff()) : null;
    // Watches the count: an update folded into an item's pending operation leaves it unchanged, and waits
    // for the next poll; watching every queue change instead would push again after each failed attempt.
    this.queueWatch = live.observe(Set.of(TrackedTables.OPERATIONS), actions.pending(), this::onQueue);
  }

  /**
   * Starts following the change feed (or polling at once: a first push and pull), and watching the queue's
   * count for changes to push; the client's close stops it.
   */
  public static AutoSyncRunner start(LiveQueries live, AutoSyncOptions options, Actions actions) {
    AutoSyncRunner runner = new AutoSyncRunner(live, options, actions);
    live.closeWith(runner);
    if (runner.feed != null) {
      runner.feed.start();
    } else {
      runner.thread.execute(runner::poll);
    }
    return runner;
  }

  /** Runs a task on the auto-sync thread, unless stopped. */
  private void onThread(Runnable task) {
    if (!stopped) {
      try {
        thread.execute(task);
      } catch (RejectedExecutionException e) {
        // stopped meanwhile
      }
    }
  }

  private void onQueue(long pending) {
    if (pending > 0) {
      onThread(this::debouncePush);
    }
  }

  private void debouncePush() {
    if (pendingPush != null) {
      pendingPush.cancel(false);
    }
    pendingPush = thread.schedule(this::pushOnce, options.pushDelay().toMillis(), TimeUnit.MILLISECONDS);
  }

  private void pushOnce() {
    try {
      PushResult result = actions.push().get();
      result.stoppedBy().ifPresent(stop -> LOG.debug("Auto push stopped: {}", stop.getMessage()));
    } catch (OffsyncException e) {
      LOG.debug("Auto push failed: {}", e.getMessage());
    }
  }

  /** One round: push, pull every table; the next round comes after the interval, or later while failing. */
  private void poll() {
    if (stopped) {
      return;
    }
    try {
      PushResult pushed = actions.push().get();
      if (pushed.stoppedBy().isPresent()) {
        throw pushed.stoppedBy().get();
      }
      actions.pullAll().run();
      wait = options.pollInterval();
    } catch (OffsyncException e) {
      wait = backedOff(wait);
      LOG.debug("Auto sync round failed, next in {}: {}", wait, e.getMessage());
    }
    if (!stopped) {
      thread.schedule(this::poll, wait.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private Duration backedOff(Duration now) {
    Duration doubled = now.multipliedBy(2);
    return doubled.compareTo(options.maxBackoff()) > 0 ? options.maxBackoff() : doubled;
  }

  /** A notice: pull its table {@code pullDelay} from now, with any other notices that come meanwhile. */
  private void noticed(String table, Instant updatedAt) {
    noticed.merge(table, updatedAt, (a, b) -> a.isAfter(b) ? a : b);
    if (pendingPull == null) {
      pendingPull = thread.schedule(this::pullNoticed, options.pullDelay().toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Pulls each noticed table whose notice is newer than what its default query has pulled (a notice of a
   * change already pulled, such as the client's own push coming back after a pull, costs nothing). A failed
   * pull is tried again after a growing wait.
   */
  private void pullNoticed() {
    pendingPull = null;
    Map<String, Instant> due = new LinkedHashMap<>(noticed);
    noticed.clear();
    for (Map.Entry<String, Instant> notice : due.entrySet()) {
      if (stopped) {
        return;
      }
      Optional<Instant> held = actions.pulledUpTo().apply(notice.getKey());
      if (held.isPresent() && !notice.getValue().isAfter(held.get())) {
        continue;
      }
      try {
        actions.pullTable().accept(notice.getKey());
        wait = options.pollInterval();
      } catch (OffsyncException e) {
        noticed.merge(notice.getKey(), notice.getValue(), (a, b) -> a.isAfter(b) ? a : b);
        wait = backedOff(wait);
        LOG.debug("Pull of table '{}' after a change notice failed, again in {}: {}", notice.getKey(), wait,
            e.getMessage());
      }
    }
    if (!noticed.isEmpty() && !stopped && pendingPull == null) {
      pendingPull = thread.schedule(this::pullNoticed, wait.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** The feed's reports, moved onto the auto-sync thread. */
  private final class FeedListener implements ChangeFeed.Listener {

    @Override
    public void connected() {
      actions.status().feedConnected();
      // What failed to go while the feed was away goes now; the stream's first notices bring what came in.
      onThread(() -> {
        if (actions.pending().get() > 0) {
          pushOnce();
        }
      });
    }

    @Override
    public void notice(String table, Instant updatedAt) {
      onThread(() -> noticed(table, updatedAt));
    }

    @Override
    public void unsupported(String reason) {
      onThread(AutoSyncRunner.this::poll);
    }

    @Override
    public void failed(OffsyncException error) {
      actions.status().feedFailed(error);
    }
  }

  @Override
  public void cancel() {
    stopped = true;
    queueWatch.cancel();
    if (feed != null) {
      feed.stop();
    }
    thread.shutdownNow();
  }

  @Override
  public boolean isActive() {
    return !stopped;
  }
}
