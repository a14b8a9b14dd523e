package dev.offsync.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A listener that records what a live query delivered, and lets a test wait (bounded) for a delivery. The
 * bound only limits how long a failing test hangs; no assertion depends on time.
 *
 * @param <R> the result type
 */
public final class Deliveries<R> implements Consumer<R> {

  private static final Duration BOUND = Duration.ofSeconds(20);

  private final List<R> received = new ArrayList<>();
  private final List<String> threads = new ArrayList<>();

  @Override
  public synchronized void accept(R result) {
    received.add(result);
    threads.add(Thread.currentThread().getName());
    notifyAll();
  }

  /** Every delivery so far, in order. */
  public synchronized List<R> all() {
    return List.copyOf(received);
  }

  /** The names of the threads the deliveries came on. */
  public synchronized List<String> threads() {
    return List.copyOf(threads);
  }

  /** The number of deliveries so far. */
  public synchronized int count() {
    return received.size();
  }

  /** Waits until the last delivery matches, and returns it; fails after a generous bound. */
  public synchronized R awaitLast(Predicate<? super R> condition) {
    await(() -> !received.isEmpty() && condition.test(received.get(received.size() - 1)), "a matching delivery");
    return received.get(received.size() - 1);
  }

  /** Waits until there have been at least {@code count} deliveries. */
  public synchronized void awaitCount(int count) {
    await(() -> received.size() >= count, count + " deliveries");
  }

  private void await(BooleanSupplier done, String what) {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (!done.getAsBoolean()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("No " + what + " within " + BOUND + "; got " + received.size()
            + " deliveries, the last: " + (received.isEmpty() ? "none" : received.get(received.size() - 1)));
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted", e);
      }
    }
  }
}
