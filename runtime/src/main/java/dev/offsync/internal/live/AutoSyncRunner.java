package dev.offsync.internal.live;

import dev.offsync.AutoSyncOptions;
import dev.offsync.errors.OffsyncException;
import dev.offsync.PushResult;
import dev.offsync.Subscription;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automatic sync by polling: a debounced push after local changes, and a push and pull of every table each
 * interval, backing off while they fail. Everything runs on one daemon thread {@code offsync-auto-sync}, so
 * its attempts never overlap; failures are reported through the sync status (the engines emit them), and
 * logged here at debug only.
 */
public final class AutoSyncRunner implements Subscription {

  static final String THREAD = "offsync-auto-sync";
  private static final Logger LOG = LoggerFactory.getLogger(AutoSyncRunner.class);

  private final AutoSyncOptions options;
  private final Supplier<PushResult> push;
  private final Runnable pullAll;
  private final ScheduledExecutorService thread;
  private final Subscription queueWatch;
  /** Read and written only on {@link #thread}: the wait before the next poll. */
  private Duration wait;
  /** Only touched on {@link #thread}: the debounced push waiting to run, if any. */
  private ScheduledFuture<?> pendingPush;
  private volatile boolean stopped;

  private AutoSyncRunner(LiveQueries live, AutoSyncOptions options, Supplier<Long> pending,
      Supplier<PushResult> push, Runnable pullAll) {
    this.options = options;
    this.push = push;
    this.pullAll = pullAll;
    this.wait = options.pollInterval();
    this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread daemon = new Thread(runnable, THREAD);
      daemon.setDaemon(true);
      return daemon;
    });
    // Watches the count: an update folded into an item's pending operation leaves it unchanged, and waits
    // for the next poll; watching every queue change instead would push again after each failed attempt.
    this.queueWatch = live.observe(Set.of(TrackedTables.OPERATIONS), pending, this::onQueue);
  }

  /**
   * Starts polling at once (a first push and pull), and watching the queue's count for changes to push; the
   * client's close stops it.
   */
  public static AutoSyncRunner start(LiveQueries live, AutoSyncOptions options, Supplier<Long> pending,
      Supplier<PushResult> push, Runnable pullAll) {
    AutoSyncRunner runner = new AutoSyncRunner(live, options, pending, push, pullAll);
    live.closeWith(runner);
    runner.thread.execute(runner::poll);
    return runner;
  }

  private void onQueue(long pending) {
    if (pending > 0 && !stopped) {
      try {
        thread.execute(this::debouncePush);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        // stopped meanwhile
      }
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
      PushResult result = push.get();
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
      PushResult pushed = push.get();
      if (pushed.stoppedBy().isPresent()) {
        throw pushed.stoppedBy().get();
      }
      pullAll.run();
      wait = options.pollInterval();
    } catch (OffsyncException e) {
      Duration doubled = wait.multipliedBy(2);
      wait = doubled.compareTo(options.maxBackoff()) > 0 ? options.maxBackoff() : doubled;
      LOG.debug("Auto sync round failed, next in {}: {}", wait, e.getMessage());
    }
    if (!stopped) {
      thread.schedule(this::poll, wait.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void cancel() {
    stopped = true;
    queueWatch.cancel();
    thread.shutdownNow();
  }

  @Override
  public boolean isActive() {
    return !stopped;
  }
}
