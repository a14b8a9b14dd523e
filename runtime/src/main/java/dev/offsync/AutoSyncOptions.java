package dev.offsync;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link SyncClient#startAutoSync} keeps a client in step. Local changes are pushed {@code pushDelay} after
 * the last one (a burst of writes makes one push). With {@code changeFeed} on (the default), the client follows
 * the service's change feed ({@code GET /tables/$changes}, Server-Sent Events, served by Offsync's server) and
 * pulls a table {@code pullDelay} after a notice says it changed beyond what the client holds; against a
 * service without the feed, or with {@code changeFeed} off, every table is pulled each {@code pollInterval}.
 * After a failure (offline, the service failing, the feed dropping) the wait doubles up to {@code maxBackoff},
 * and returns to its start after the next success.
 *
 * @param pushDelay how long after the last local change to push
 * @param pollInterval how often to push and pull while polling and things go well
 * @param maxBackoff the longest wait between attempts while they fail
 * @param changeFeed whether to follow the service's change feed, falling back to polling without one
 * @param pullDelay how long after a change notice to pull its table (notices meanwhile make one pull)
 */
public record AutoSyncOptions(Duration pushDelay, Duration pollInterval, Duration maxBackoff, boolean changeFeed,
    Duration pullDelay) {

  /** Checks that every duration is positive and the backoff is not below the interval. */
  public AutoSyncOptions {
    positive(pushDelay, "pushDelay");
    positive(pollInterval, "pollInterval");
    positive(maxBackoff, "maxBackoff");
    positive(pullDelay, "pullDelay");
    if (maxBackoff.compareTo(pollInterval) < 0) {
      throw new IllegalArgumentException("maxBackoff (" + maxBackoff + ") must not be below pollInterval ("
          + pollInterval + ")");
    }
  }

  /** These delays, following the change feed where the service has one and pulling 50 ms after a notice. */
  public AutoSyncOptions(Duration pushDelay, Duration pollInterval, Duration maxBackoff) {
    this(pushDelay, pollInterval, maxBackoff, true, Duration.ofMillis(50));
  }

  /** Push 500 ms after the last change, follow the change feed (else poll every 30 s), back off up to 5 min. */
  public static AutoSyncOptions defaults() {
    return new AutoSyncOptions(Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(5));
  }

  /** These options with the change feed on or off (off: always poll). */
  public AutoSyncOptions withChangeFeed(boolean on) {
    return new AutoSyncOptions(pushDelay, pollInterval, maxBackoff, on, pullDelay);
  }

  /** These options with another delay between a change notice and the pull it causes. */
  public AutoSyncOptions withPullDelay(Duration delay) {
    return new AutoSyncOptions(pushDelay, pollInterval, maxBackoff, changeFeed, delay);
  }

  private static void positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }
}
