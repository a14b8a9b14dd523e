package dev.offsync.sample.cli;

import dev.offsync.operations.FailedOperation;
import dev.offsync.OfflineTable;
import dev.offsync.operations.OperationState;
import dev.offsync.operations.PendingOperation;
import dev.offsync.PullResult;
import dev.offsync.PushResult;
import dev.offsync.sample.console.Words;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Push and pull as the {@code todo} commands report them. */
final class Syncs {

  private Syncs() {}

  /**
   * Pushes every queued change and reports it; returns {@link ExitCodes#FAILED} when operations stay failed.
   *
   * @throws dev.offsync.errors.OffsyncException what stopped the push (offline, refused credentials), after the report
   */
  static int push(Session session, PrintWriter out) {
    if (session.client().pendingOperationCount() == 0) {
      out.println("nothing to push");
      return ExitCodes.OK;
    }
    PushResult result = session.client().push();
    if (result.pushed() == 0 && result.stoppedBy().isPresent()) {
      throw result.stoppedBy().get();
    }
    out.println("pushed " + Words.count(result.pushed(), "operation") + (result.resolvedConflicts() == 0 ? ""
        : ", " + result.resolvedConflicts() + " after a conflict"));
    for (FailedOperation failed : result.failed()) {
      out.println("  failed: " + describe(failed.operation()) + " (" + failed.status() + "): " + failed.error());
    }
    if (result.stoppedBy().isPresent()) {
      out.flush();
      throw result.stoppedBy().get();
    }
    return reportFailed(session, out);
  }

  /** Tells how many operations stay failed, and how to settle them. */
  static int reportFailed(Session session, PrintWriter out) {
    long failed = failed(session).size();
    if (failed == 0) {
      return ExitCodes.OK;
    }
    out.println(Words.count(failed, "operation") + " failed and stay" + (failed == 1 ? "s" : "")
        + " queued: see 'todo conflicts', then --keep-mine or --keep-theirs");
    return ExitCodes.FAILED;
  }

  /** The failed operations of the store, in queue order. */
  static List<PendingOperation> failed(Session session) {
    return session.client().pendingOperations().stream()
        .filter(operation -> operation.state() == OperationState.FAILED).toList();
  }

  /** Pulls one table (pushing its queued changes first) and reports it. */
  static PullResult pull(OfflineTable<?> table, PrintWriter out) {
    PullResult result = table.pull();
    out.println("pulled " + result.table() + ": " + result.fetched() + " fetched (" + result.upserted()
        + " added or changed, " + result.deleted() + " deleted" + (result.skippedIds().isEmpty() ? ""
        : ", " + result.skippedIds().size() + " kept: changed here, not pushed yet") + ")");
    return result;
  }

  /** {@code todoitems 3f2b9c0e update}. */
  static String describe(PendingOperation operation) {
    return operation.table() + " " + ItemIds.shortId(operation.itemId()) + " "
        + operation.kind().name().toLowerCase(Locale.ROOT);
  }
}
