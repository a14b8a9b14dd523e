package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.OfflineTable;
import dev.offsync.StaleItemException;
import dev.offsync.SyncClient;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 2: device b holds an item read before a pull brought device a's change. Writing that stale
 * copy would silently overwrite a's change on the service; it is refused with a typed error instead, and a
 * copy read again after the pull goes through.
 */
class StaleCopyIT {

  @TempDir
  Path folder;

  private Service service;
  private SyncClient a;
  private SyncClient b;
  private OfflineTable<Todo> todosB;
  private Todo held;

  @BeforeEach
  void start() {
    service = new Service(folder);
    a = service.device("a").build();
    b = service.device("b").build();
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    todosB = b.table(TodoTable.DEFINITION);
    todosA.insert(Todo.of("t1", "milk"));
    a.push();
    todosB.pull();
    held = todosB.get("t1").orElseThrow();
    todosA.update(todosA.get("t1").orElseThrow().withPriority(5));
    a.push();
    todosB.pull();
  }

  @AfterEach
  void stop() {
    a.close();
    b.close();
    service.close();
  }

  @Test
  void anUpdateOfAStaleCopyIsRefusedAndChangesNothing() {
    assertThatThrownBy(() -> todosB.update(held.withTitle("oat milk")))
        .isInstanceOf(StaleItemException.class).hasMessageContaining("t1");

    assertThat(todosB.pendingOperations()).isEmpty();
    assertThat(b.push().isComplete()).isTrue();
    Todo server = a.remoteTable(TodoTable.DEFINITION).get("t1").orElseThrow();
    assertThat(server.priority()).isEqualTo(5);
    assertThat(server.title()).isEqualTo("milk");
  }

  @Test
  void aDeleteOfAStaleCopyIsRefused() {
    assertThatThrownBy(() -> todosB.delete(held)).isInstanceOf(StaleItemException.class);

    assertThat(todosB.get("t1")).isPresent();
    assertThat(todosB.pendingOperations()).isEmpty();
  }

  @Test
  void aCopyReadAfterThePullKeepsTheOtherDevicesChange() {
    todosB.update(todosB.get("t1").orElseThrow().withTitle("oat milk"));

    assertThat(b.push().isComplete()).isTrue();
    Todo server = a.remoteTable(TodoTable.DEFINITION).get("t1").orElseThrow();
    assertThat(server.title()).isEqualTo("oat milk");
    assertThat(server.priority()).isEqualTo(5);
  }

  @Test
  void aCopyWhoseVersionOnlyThisDevicesOwnPushMovedOnIsNotStale() {
    todosB.update(todosB.get("t1").orElseThrow().withTitle("oat milk"));
    // Read after the local edit, before its push: an edit screen opened while auto sync runs.
    Todo beforeOwnPush = todosB.get("t1").orElseThrow();
    assertThat(b.push().isComplete()).isTrue();
    assertThat(todosB.get("t1").orElseThrow().version()).isNotEqualTo(beforeOwnPush.version());
    todosB.update(beforeOwnPush.withTitle("soy milk"));
    assertThat(b.push().isComplete()).isTrue();
    todosB.update(beforeOwnPush.withTitle("rice milk"));
    assertThat(b.push().isComplete()).isTrue();

    Todo server = a.remoteTable(TodoTable.DEFINITION).get("t1").orElseThrow();
    assertThat(server.title()).isEqualTo("rice milk");
    assertThat(server.priority()).isEqualTo(5);
    // Once another device's change came in, the same copy is stale again.
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    a.pull(TodoTable.DEFINITION);
    todosA.update(todosA.get("t1").orElseThrow().withPriority(7));
    a.push();
    todosB.pull();
    assertThatThrownBy(() -> todosB.update(beforeOwnPush.withTitle("goat milk")))
        .isInstanceOf(StaleItemException.class);
  }
}
