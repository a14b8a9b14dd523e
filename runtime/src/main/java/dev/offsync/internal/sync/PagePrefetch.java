package dev.offsync.internal.sync;

import dev.offsync.errors.NetworkException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A pull's own fetching thread, so that the next page is requested and parsed while the current one is
 * applied. The pull submits the next request only once it holds a page, so at most one page is parsed ahead
 * of the one being applied (invariant 7). Closing it abandons a request still in flight: its page is never
 * applied, and the delta token never covers it (invariant 4). The thread starts at the first {@link #submit}:
 * a pull whose first page is its last (an incremental pull with nothing new) starts none.
 */
final class PagePrefetch implements AutoCloseable {

  private final String table;
  /** Null until the first fetch; used by the pulling thread only. */
  private ExecutorService thread;

  /** A fetching thread for a pull of {@code table} (the name shows in thread dumps). */
  PagePrefetch(String table) {
    this.table = table;
  }

  /** Starts fetching a page. */
  <P> Future<P> submit(Callable<P> fetch) {
    if (thread == null) {
      thread = Executors.newSingleThreadExecutor(task -> {
        Thread fetcher = new Thread(task, "offsync-pull-" + table);
        fetcher.setDaemon(true);
        return fetcher;
      });
    }
    return thread.submit(fetch);
  }

  /**
   * Waits for a page and returns it; a failure of the fetch is rethrown as it was thrown there.
   *
   * @throws NetworkException if this thread is interrupted while waiting
   */
  static <P> P await(Future<P> page) {
    try {
      return page.get();
    } catch (InterruptedException e) {
      page.cancel(true);
      Thread.currentThread().interrupt();
      throw new NetworkException("Interrupted while waiting for a page of a pull", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("A page fetch failed: " + cause, cause);
    }
  }

  /** Stops the thread, interrupting a fetch still in flight. */
  @Override
  public void close() {
    if (thread != null) {
      thread.shutdownNow();
    }
  }
}
