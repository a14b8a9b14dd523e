package dev.offsync;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decides whether and when to retry a request that failed in a way that may pass: a network error, a 5xx or a
 * 429 answer.
 */
@FunctionalInterface
public interface RetryPolicy {

  /**
   * How long to wait before attempt {@code attempt + 1}, or empty to give up.
   *
   * @param attempt the number of attempts made so far (1 after the first failure)
   * @param retryAfter the service's {@code Retry-After}, if it sent one
   */
  Optional<Duration> delayBeforeRetry(int attempt, Optional<Duration> retryAfter);

  /** Never retries. */
  static RetryPolicy never() {
    return (attempt, retryAfter) -> Optional.empty();
  }

  /**
   * Exponential backoff with full jitter: up to {@code maxAttempts} attempts in all, waiting a random time in
   * [0, min(max, initial × 2^(attempt-1))], or the service's {@code Retry-After} where it is longer (capped at
   * {@code max}).
   */
  static RetryPolicy exponentialBackoff(int maxAttempts, Duration initial, Duration max) {
    if (maxAttempts < 1 || initial.isNegative() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("Need maxAttempts >= 1 and 0 <= initial <= max");
    }
    return (attempt, retryAfter) -> {
      if (attempt >= maxAttempts) {
        return Optional.empty();
      }
      long ceiling = Math.min(max.toMillis(), initial.toMillis() << Math.min(attempt - 1, 20));
      long jittered = ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1);
      long wait = Math.max(jittered, retryAfter.map(Duration::toMillis).orElse(0L));
      return Optional.of(Duration.ofMillis(Math.min(wait, max.toMillis())));
    };
  }

  /** The default: 5 attempts, backoff from 200 ms up to 10 s. */
  static RetryPolicy defaultPolicy() {
    return exponentialBackoff(5, Duration.ofMillis(200), Duration.ofSeconds(10));
  }
}
