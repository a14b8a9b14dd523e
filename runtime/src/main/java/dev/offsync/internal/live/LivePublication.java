package dev.offsync.internal.live;

import dev.offsync.Subscription;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber of a live query's {@link Flow.Publisher}: results arrive as the subscriber requests them;
 * while it has no demand, only the newest result is kept (older ones are dropped, never queued), so a slow
 * subscriber gets the current result when it asks and memory stays bounded.
 *
 * @param <R> the result type
 */
@IgnoreJRERequirement // Flow: not in Android API 26, see LocalQuery.publisher()
final class LivePublication<R> implements Flow.Subscription {

  private static final Logger LOG = LoggerFactory.getLogger(LivePublication.class);

  private final Flow.Subscriber<? super R> subscriber;
  /** The newest result not yet sent, or null. */
  private final AtomicReference<R> latest = new AtomicReference<>();
  /** Requested and not yet sent; Long.MAX_VALUE means unbounded, as Reactive Streams asks. */
  private final AtomicLong demand = new AtomicLong();
  /**
   * Drain guard: the thread that raises it from 0 sends, others only increment it, so onNext calls never
   * overlap (Reactive Streams rule 1.3) whichever thread requests or delivers.
   */
  private final AtomicInteger work = new AtomicInteger();
  private volatile Subscription observation;
  private volatile boolean cancelled;

  private LivePublication(Flow.Subscriber<? super R> subscriber) {
    this.subscriber = subscriber;
  }

  static <R> void start(Flow.Subscriber<? super R> subscriber,
      Function<Consumer<R>, Subscription> observe) {
    LivePublication<R> publication = new LivePublication<>(subscriber);
    subscriber.onSubscribe(publication);
    if (publication.cancelled) {
      return;
    }
    try {
      publication.observation = observe.apply(publication::offer);
    } catch (IllegalStateException e) {
      publication.cancelled = true;
      subscriber.onError(e);
      return;
    }
    if (publication.cancelled) {
      publication.observation.cancel();
    }
  }

  private void offer(R result) {
    latest.set(result);
    drain();
  }

  @Override
  public void request(long n) {
    if (n <= 0) {
      cancel();
      subscriber.onError(new IllegalArgumentException("Flow.Subscription.request needs a positive count, got " + n));
      return;
    }
    demand.accumulateAndGet(n, (current, more) -> current + more < 0 ? Long.MAX_VALUE : current + more);
    drain();
  }

  private void drain() {
    if (work.getAndIncrement() != 0) {
      return;
    }
    do {
      while (!cancelled && demand.get() > 0) {
        R next = latest.getAndSet(null);
        if (next == null) {
          break;
        }
        demand.updateAndGet(current -> current == Long.MAX_VALUE ? current : current - 1);
        send(next);
      }
    } while (work.decrementAndGet() != 0);
  }

  private void send(R next) {
    try {
      subscriber.onNext(next);
    } catch (RuntimeException e) {
      // Rule 2.13: a throwing subscriber is cancelled, and the failure is only logged.
      LOG.warn("A live query subscriber threw from onNext; it is cancelled", e);
      cancel();
    }
  }

  @Override
  public void cancel() {
    cancelled = true;
    latest.set(null);
    Subscription running = observation;
    if (running != null) {
      running.cancel();
    }
  }
}
