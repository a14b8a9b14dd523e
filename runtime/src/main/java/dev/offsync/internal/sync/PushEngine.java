package dev.offsync.internal.sync;

import dev.offsync.operations.FailedOperation;
import dev.offsync.errors.OffsyncException;
import dev.offsync.operations.OperationState;
import dev.offsync.PushResult;
import dev.offsync.status.SyncEvent;
import dev.offsync.store.OperationFilter;
import dev.offsync.store.QueuedOperation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued operations in sequence order, a batch at a time, one at a time or several at once (each item has
 * at most one operation, and a batch is settled before the next is read, so parallel sends never reorder an
 * item's changes). The queue's bookkeeping is grouped: a window of operations is marked attempted in one
 * transaction, and accepted ones are completed a window at a time. A network failure, refused
 * credentials or a service still failing after retries stop the push; everything unsent stays queued.
 */
public final class PushEngine {

  private static final Logger log = LoggerFactory.getLogger(PushEngine.class);
  private static final int BATCH = 256;
  /** How many operations share one bookkeeping transaction: their marking as attempted, their completion. */
  private static final int WINDOW = 32;
  /** How often one operation may be sent in one push (a local edit made while it was in flight re-queues it). */
  private static final int MAX_SENDS_PER_PUSH = 3;

  private final SyncContext context;
  private final SyncStore sync;
  private final OperationSender sender;
  private final SchemaCheck schema;

  /** A push engine over the context. */
  public PushEngine(SyncContext context) {
    this.context = context;
    this.sync = context.sync();
    this.sender = new OperationSender(context, sync, context.resolutions());
    this.schema = new SchemaCheck(context.calls());
  }

  /** The check of each table's columns against the service, shared with the pull. */
  SchemaCheck schema() {
    return schema;
  }

  /** Pushes the pending operations of these tables (all tables if empty). */
  public PushResult push(Set<String> tables) {
    tables.forEach(context::table);
    long queued = context.store().read(t -> t.operations(new OperationFilter(tables,
        EnumSet.of(OperationState.PENDING, OperationState.ATTEMPTED), Integer.MAX_VALUE))).size();
    context.emit(new SyncEvent.PushStarted(queued));
    Run run = new Run();
    try {
      while (run.stoppedBy.get() == null) {
        List<QueuedOperation> batch = nextBatch(tables, run);
        if (batch.isEmpty()) {
          break;
        }
        sendBatch(batch, run);
      }
    } catch (OffsyncException e) {
      run.stoppedBy.compareAndSet(null, e);
    }
    PushResult result = run.result();
    if (result.stoppedBy().isPresent()) {
      log.info("Push stopped after {} operations: {}", result.pushed(), result.stoppedBy().get().getMessage());
    }
    context.emit(new SyncEvent.PushEnded(result));
    return result;
  }

  private List<QueuedOperation> nextBatch(Set<String> tables, Run run) {
    List<QueuedOperation> batch = new ArrayList<>();
    for (QueuedOperation operation : sync.nextOperations(tables, BATCH + run.exhausted.size())) {
      if (!run.exhausted.contains(operation.sequence())) {
        batch.add(operation);
      }
    }
    return batch;
  }

  /**
   * Sends a batch: operations are marked attempted a window at a time (one transaction per window, committed
   * before any of them is sent), sent one at a time or up to the parallelism at once, and the accepted ones
   * completed a window at a time ({@link Completions}); all are settled before the next batch is read, so an
   * operation is never in flight twice. Operations marked but never sent (the push stopped) are put back.
   */
  private void sendBatch(List<QueuedOperation> batch, Run run) {
    boolean parallel = context.pushParallelism() > 1 && batch.size() > 1;
    Completions completions = new Completions(sync);
    Map<Long, QueuedOperation> before = new HashMap<>();
    Map<Long, QueuedOperation> marked = new HashMap<>();
    Set<Long> started = new HashSet<>();
    List<Future<?>> sends = new ArrayList<>();
    Semaphore slots = new Semaphore(context.pushParallelism());
    try {
      for (int i = 0; i < batch.size() && run.stoppedBy.get() == null; i++) {
        QueuedOperation next = batch.get(i);
        if (!marked.containsKey(next.sequence()) && !before.containsKey(next.sequence())) {
          List<QueuedOperation> window = batch.subList(i, Math.min(batch.size(), i + WINDOW));
          window.forEach(operation -> before.put(operation.sequence(), operation));
          marked.putAll(sync.markAttempted(window));
        }
        QueuedOperation attempted = marked.get(next.sequence());
        if (attempted == null) {
          // Gone since it was read (discarded, purged, completed by a resolution).
          context.emit(new SyncEvent.PushItem(next.table(), next.itemId(), next.kind(), Outcome.SKIPPED.label()));
          continue;
        }
        if (run.countSend(attempted.sequence()) > MAX_SENDS_PER_PUSH) {
          run.exhausted.add(attempted.sequence()); // left unsent, so put back below
          continue;
        }
        if (!parallel) {
          started.add(attempted.sequence());
          send(attempted, run, completions);
          continue;
        }
        slots.acquireUninterruptibly();
        if (run.stoppedBy.get() != null) {
          slots.release();
          break;
        }
        started.add(attempted.sequence());
        sends.add(context.pushExecutor().submit(() -> {
          try {
            send(attempted, run, completions);
          } finally {
            slots.release();
          }
        }));
      }
      awaitAll(sends, run);
    } finally {
      completions.flush();
      List<QueuedOperation> unsent = new ArrayList<>();
      marked.forEach((sequence, operation) -> {
        if (!started.contains(sequence)) {
          unsent.add(operation);
        }
      });
      sync.unmarkAttempted(before, unsent);
    }
  }

  private void send(QueuedOperation operation, Run run, Completions completions) {
    try {
      schema.verify(context.table(operation.table()));
      Outcome outcome = sender.send(operation, completions);
      run.record(outcome);
      if (outcome.failure() != null) {
        run.exhausted.add(operation.sequence());
      }
      context.emit(new SyncEvent.PushItem(operation.table(), operation.itemId(), operation.kind(),
          outcome.label()));
    } catch (OffsyncException stop) {
      run.stoppedBy.compareAndSet(null, stop);
    }
  }

  /**
   * The accepted operations of a batch, completed in the store {@link #WINDOW} at a time in one transaction
   * instead of one transaction each. Until its window commits, an accepted operation stays queued (attempted):
   * after a crash it is sent again and its answer recognised as the echo of this send (invariant 3). Thread-safe.
   */
  private static final class Completions implements Consumer<SyncStore.Accepted> {
    private final SyncStore sync;
    private final List<SyncStore.Accepted> pending = new ArrayList<>();

    Completions(SyncStore sync) {
      this.sync = sync;
    }

    @Override
    public void accept(SyncStore.Accepted accepted) {
      List<SyncStore.Accepted> full = null;
      synchronized (this) {
        pending.add(accepted);
        if (pending.size() >= WINDOW) {
          full = new ArrayList<>(pending);
          pending.clear();
        }
      }
      if (full != null) {
        complete(full);
      }
    }

    void flush() {
      List<SyncStore.Accepted> rest;
      synchronized (this) {
        rest = new ArrayList<>(pending);
        pending.clear();
      }
      complete(rest);
    }

    /** Completes the group in one transaction; if that fails, one by one, so one bad answer fails alone. */
    private void complete(List<SyncStore.Accepted> group) {
      try {
        sync.completeAll(group);
      } catch (RuntimeException groupFailed) {
        if (group.size() == 1) {
          throw groupFailed;
        }
        for (SyncStore.Accepted one : group) {
          sync.complete(one.sent(), one.serverItem());
        }
      }
    }
  }

  private static void awaitAll(List<Future<?>> sends, Run run) {
    for (Future<?> send : sends) {
      try {
        send.get();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        OffsyncException stop = cause instanceof OffsyncException o ? o
            : new OffsyncException("A push send failed unexpectedly: " + cause, cause);
        run.stoppedBy.compareAndSet(null, stop);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        run.stoppedBy.compareAndSet(null, new OffsyncException("The push was interrupted", e));
        return;
      }
    }
  }

  /** What one send did: pushed, resolved by a resolver, or failed (then with its failure). */
  record Outcome(String label, FailedOperation failure) {
    static final Outcome PUSHED = new Outcome("pushed", null);
    static final Outcome RESOLVED = new Outcome("resolved", null);
    static final Outcome SKIPPED = new Outcome("skipped", null);

    static Outcome failed(FailedOperation failure) {
      return new Outcome("failed", failure);
    }
  }

  /** The state of one push; shared by the sending threads, so every part is thread-safe. */
  private static final class Run {
    final AtomicReference<OffsyncException> stoppedBy = new AtomicReference<>();
    final Set<Long> exhausted = Collections.synchronizedSet(new java.util.HashSet<>());
    private final Map<Long, Integer> sends = new HashMap<>();
    private final List<FailedOperation> failed = new ArrayList<>();
    private int pushed;
    private int resolved;

    synchronized int countSend(long sequence) {
      return sends.merge(sequence, 1, Integer::sum);
    }

    synchronized void record(Outcome outcome) {
      if (outcome == Outcome.PUSHED) {
        pushed++;
      } else if (outcome == Outcome.RESOLVED) {
        pushed++;
        resolved++;
      } else if (outcome.failure() != null) {
        failed.add(outcome.failure());
      }
    }

    synchronized PushResult result() {
      return new PushResult(pushed, resolved, failed, Optional.ofNullable(stoppedBy.get()));
    }
  }
}
