package dev.offsync.reliability;

import dev.offsync.errors.OffsyncException;
import dev.offsync.operations.PendingOperation;
import dev.offsync.PullResult;
import dev.offsync.PushResult;
import dev.offsync.SyncClient;
import java.util.List;

/**
 * Syncs a client until nothing is left to do, the way an application's sync loop would: push, pull both
 * tables, and again after any failure, a bounded number of times.
 */
final class Sync {

  private Sync() {}

  /**
   * Syncs until a push leaves nothing queued and a pull of each table fetches nothing new.
   *
   * @return the number of rounds it took
   * @throws AssertionError if it does not get there in {@code maxRounds}, or an operation failed (a refusal
   *     or a conflict left for the application, which none of the callers expect)
   */
  static int toCompletion(SyncClient client, int maxRounds) {
    OffsyncException last = null;
    for (int round = 1; round <= maxRounds; round++) {
      try {
        PushResult pushed = client.push();
        if (!pushed.failed().isEmpty()) {
          throw new AssertionError("Operations failed: " + pushed.failed());
        }
        if (pushed.stoppedBy().isPresent()) {
          last = pushed.stoppedBy().get();
          continue;
        }
        PullResult notes = client.table(NoteTable.DEFINITION).pull();
        PullResult labels = client.table(LabelTable.DEFINITION).pull();
        if (notes.fetched() == 0 && labels.fetched() == 0 && client.pendingOperationCount() == 0) {
          return round;
        }
      } catch (OffsyncException e) {
        last = e;
      }
    }
    List<PendingOperation> pending = client.pendingOperations();
    throw new AssertionError("The client did not finish syncing in " + maxRounds + " rounds; pending "
        + pending + "; last error: " + last, last);
  }
}
