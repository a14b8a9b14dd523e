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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued operations in sequence order, a batch at a time, one at a time or a few at once (each item has
 * at most one operation, so parallel sends never reorder an item's changes). A network failure, refused
 * credentials or a service still failing after retries stop the push; everything unsent stays queued.
 */
public final class PushEngine {

  private static final Logger log = LoggerFactory.getLogger(PushEngine.class);
  private static final int BATCH = 256;
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

  private void sendBatch(List<QueuedOperation> batch, Run run) {
    if (context.pushParallelism() == 1 || batch.size() == 1) {
      for (QueuedOperation operation : batch) {
        if (run.stoppedBy.get() != null) {
          return;
        }
        send(operation, run);
      }
      return;
    }
    List<Future<?>> sends = new ArrayList<>();
    java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(context.pushParallelism());
    for (QueuedOperation operation : batch) {
      slots.acquireUninterruptibly();
      if (run.stoppedBy.get() != null) {
        slots.release();
        break;
      }
      sends.add(context.pushExecutor().submit(() -> {
        try {
          send(operation, run);
        } finally {
          slots.release();
        }
      }));
    }
    awaitAll(sends, run);
  }

  private void send(QueuedOperation operation, Run run) {
    if (run.countSend(operation.sequence()) > MAX_SENDS_PER_PUSH) {
      run.exhausted.add(operation.sequence());
      return;
    }
    try {
      schema.verify(context.table(operation.table()));
      Outcome outcome = sender.send(operation);
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
