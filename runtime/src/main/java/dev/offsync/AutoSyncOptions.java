package dev.offsync;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link SyncClient#startAutoSync} keeps a client in step: local changes are pushed {@code pushDelay}
 * after the last one (a burst of writes makes one push); every table is pulled each {@code pollInterval};
 * after a failure (offline, the service failing) the interval doubles up to {@code maxBackoff}, and returns
 * to {@code pollInterval} after the next success.
 *
 * @param pushDelay how long after the last local change to push
 * @param pollInterval how often to push and pull while things go well
 * @param maxBackoff the longest wait between attempts while they fail
 */
public record AutoSyncOptions(Duration pushDelay, Duration pollInterval, Duration maxBackoff) {

  /** Checks that every duration is positive and the backoff is not below the interval. */
  public AutoSyncOptions {
    positive(pushDelay, "pushDelay");
    positive(pollInterval, "pollInterval");
    positive(maxBackoff, "maxBackoff");
    if (maxBackoff.compareTo(pollInterval) < 0) {
      throw new IllegalArgumentException("maxBackoff (" + maxBackoff + ") must not be below pollInterval ("
          + pollInterval + ")");
    }
  }

  /** Push 500 ms after the last change, poll every 30 s, back off up to 5 minutes. */
  public static AutoSyncOptions defaults() {
    return new AutoSyncOptions(Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(5));
  }

  private static void positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }
}
