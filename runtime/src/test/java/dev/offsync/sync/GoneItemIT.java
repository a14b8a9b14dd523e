package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.PushResult;
import dev.offsync.SyncClient;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 13: an item that is gone on the service (deleted, soft delete on) does what the user meant:
 * inserting its id again brings it back with the new contents; deleting it locally after an update failed as
 * gone agrees with the service, and keeping the service's copy of a gone item removes the local row.
 */
class GoneItemIT {

  @TempDir
  Path folder;

  private Service service;
  private SyncClient a;
  private SyncClient b;
  private OfflineTable<Todo> todosA;
  private OfflineTable<Todo> todosB;

  @BeforeEach
  void start() {
    service = new Service(folder);
    a = service.device("a").build();
    b = service.device("b").build();
    todosA = a.table(TodoTable.DEFINITION);
    todosB = b.table(TodoTable.DEFINITION);
  }

  @AfterEach
  void stop() {
    a.close();
    b.close();
    service.close();
  }

  @Test
  void insertingTheIdOfOurOwnPushedDeleteBringsTheItemBack() {
    todosA.insert(Todo.of("t1", "milk"));
    a.push();
    todosA.delete("t1");
    a.push();
    todosA.insert(Todo.of("t1", "oat milk"));

    PushResult result = a.push();

    assertThat(result.isComplete()).isTrue();
    assertThat(todosA.pendingOperations()).isEmpty();
    Todo server = a.remoteTable(TodoTable.DEFINITION).get("t1").orElseThrow();
    assertThat(server.title()).isEqualTo("oat milk");
    assertThat(todosA.get("t1")).contains(server);
  }

  /** b holds t1 and its update failed with 410: a deleted it on the service meanwhile. */
  private void updateFailedAsGone() {
    todosA.insert(Todo.of("t1", "milk"));
    a.push();
    todosB.pull();
    todosA.delete("t1");
    a.push();
    todosB.update(todosB.get("t1").orElseThrow().withTitle("oat milk"));
    assertThat(b.push().failed()).singleElement().satisfies(f -> assertThat(f.status()).isIn(404, 410));
  }

  @Test
  void aLocalDeleteAfterAnUpdateFailedAsGoneLeavesNothingQueued() {
    updateFailedAsGone();

    todosB.delete("t1");

    assertThat(todosB.pendingOperations()).isEmpty();
    assertThat(todosB.get("t1")).isEmpty();
    assertThat(b.push().isComplete()).isTrue();
  }

  @Test
  void keepingTheServersCopyOfAGoneItemRemovesTheLocalRow() {
    updateFailedAsGone();

    todosB.keepServerCopy(todosB.pendingOperations().get(0));

    assertThat(todosB.pendingOperations()).isEmpty();
    assertThat(todosB.get("t1")).isEmpty();
  }
}
