package dev.offsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.internal.ClientAccess;
import dev.offsync.internal.ClientOptions;
import dev.offsync.internal.store.StoreHooks;
import dev.offsync.operations.OperationKind;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invariant 1: a local write and its queue operation commit together or not at all. */
class AtomicityTest {

  @TempDir
  Path folder;

  /** Fails the next write between its row and its queue operation, once armed. */
  private static final class FaultBetweenRowAndQueue implements StoreHooks {

    final AtomicBoolean armed = new AtomicBoolean();

    @Override
    public void beforeQueueWrite(String table, String itemId) {
      if (armed.getAndSet(false)) {
        throw new IllegalStateException("injected fault before queueing " + itemId);
      }
    }
  }

  @Test
  void aFailureBetweenRowAndQueueLeavesNeitherVisibleNorOnDisk() {
    Path file = folder.resolve("store.db");
    FaultBetweenRowAndQueue fault = new FaultBetweenRowAndQueue();
    try (SyncClient client = ClientAccess.build(SyncClient.builder().store(file).tables(TodoTable.DEFINITION),
        ClientOptions.DEFAULTS.withStoreHooks(fault))) {
      OfflineTable<Todo> todos = client.table(TodoTable.DEFINITION);
      TestClients.pulled(client, TodoTable.DEFINITION, Todo.of("pulled", "Server"), Instant.EPOCH, "v1");
      todos.insert(Todo.of("local", "Mine"));

      failNext(fault, () -> todos.insert(Todo.of("new", "Never")));
      failNext(fault, () -> todos.update(Todo.of("pulled", "Never")));
      failNext(fault, () -> todos.update(Todo.of("local", "Never")));
      failNext(fault, () -> todos.delete("pulled"));
      failNext(fault, () -> todos.delete("local"));

      assertUnchanged(client);
    }
    try (SyncClient reopened = TestClients.open(file, TodoTable.DEFINITION)) {
      assertUnchanged(reopened);
    }
  }

  private static void failNext(FaultBetweenRowAndQueue fault, Runnable write) {
    fault.armed.set(true);
    assertThatThrownBy(write::run).isInstanceOf(IllegalStateException.class).hasMessageContaining("injected");
    assertThat(fault.armed).isFalse();
  }

  private static void assertUnchanged(SyncClient client) {
    OfflineTable<Todo> todos = client.table(TodoTable.DEFINITION);
    assertThat(todos.query().list()).extracting(Todo::id, Todo::title)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("local", "Mine"),
            org.assertj.core.groups.Tuple.tuple("pulled", "Server"));
    assertThat(client.pendingOperations()).singleElement().satisfies(operation -> {
      assertThat(operation.itemId()).isEqualTo("local");
      assertThat(operation.kind()).isEqualTo(OperationKind.INSERT);
    });
    assertThat(TestClients.operations(client).get(0).item()).contains("\"Mine\"");
  }
}
