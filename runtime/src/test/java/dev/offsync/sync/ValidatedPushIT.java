package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.operations.FailedOperation;
import dev.offsync.OfflineTable;
import dev.offsync.PushResult;
import dev.offsync.SyncClient;
import dev.offsync.server.DatasyncServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One model with Bean Validation constraints for client and server: an item that breaks them fails its push
 * with the server's 400 and the violation, stays queued, and a valid one is pushed.
 */
class ValidatedPushIT {

  @TempDir
  Path folder;

  @Test
  void aPushBreakingAConstraintFailsWithTheViolation() {
    try (DatasyncServer server = DatasyncServer.builder().table(CheckedNoteTable.DEFINITION)
        .database("jdbc:sqlite:" + folder.resolve("service.db")).build().start();
        SyncClient client = SyncClient.builder().store(folder.resolve("device.db"))
            .tables(CheckedNoteTable.DEFINITION).endpoint(server.uri()).build()) {
      OfflineTable<CheckedNote> notes = client.table(CheckedNoteTable.DEFINITION);
      notes.insert(new CheckedNote("n1", "", null, null));
      notes.insert(new CheckedNote("n2", "milk", null, null));

      PushResult result = notes.push();

      assertThat(result.failed()).hasSize(1);
      FailedOperation failed = result.failed().get(0);
      assertThat(failed.status()).isEqualTo(400);
      assertThat(failed.error()).contains("title must not be blank");
      assertThat(notes.pendingOperationCount()).isEqualTo(1);
    }
  }
}
