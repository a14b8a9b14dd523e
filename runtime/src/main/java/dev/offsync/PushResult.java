package dev.offsync;

import dev.offsync.errors.OffsyncException;
import dev.offsync.operations.FailedOperation;
import java.util.List;
import java.util.Optional;

/**
 * What a push did.
 *
 * @param pushed operations the service accepted (including conflicts resolved by sending again)
 * @param resolvedConflicts conflicts a resolver decided (client wins, server wins or merged)
 * @param failed operations that failed and stay queued, with their status and error
 * @param stoppedBy why the push stopped before the end (offline, refused credentials, the service failing
 *     after retries), or empty when it went through the queue
 */
public record PushResult(int pushed, int resolvedConflicts, List<FailedOperation> failed,
    Optional<OffsyncException> stoppedBy) {

  /** Copies the list. */
  public PushResult {
    failed = List.copyOf(failed);
  }

  /** True when every operation was sent and none failed. */
  public boolean isComplete() {
    return failed.isEmpty() && stoppedBy.isEmpty();
  }
}
