package dev.offsync.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.operations.OperationKind;
import dev.offsync.operations.PendingOperation;
import dev.offsync.SyncClient;
import dev.offsync.testing.contract.Todo;
import dev.offsync.testing.contract.TodoTable;
import org.junit.jupiter.api.Test;

/** The in-memory store through a client, as an app's test uses it. */
class InMemoryStoreTest {

  @Test
  void aClientKeepsItsDataInTheStoreAndANewClientOpensItAgain() {
    InMemoryStore memory = InMemoryStore.create();
    try (SyncClient client = SyncClient.builder().store(memory).tables(TodoTable.DEFINITION).build()) {
      client.table(TodoTable.DEFINITION).insert(Todo.of("a", "Milk"));
      assertThat(memory.isOpen()).isTrue();
    }
    assertThat(memory.isOpen()).isFalse();
    assertThat(memory.pendingOperationCount()).isOne();

    try (SyncClient again = SyncClient.builder().store(memory).tables(TodoTable.DEFINITION).build()) {
      assertThat(again.table(TodoTable.DEFINITION).get("a")).map(Todo::title).contains("Milk");
      assertThat(again.pendingOperations()).extracting(PendingOperation::kind).containsExactly(OperationKind.INSERT);
      assertThat(again.toString()).contains("in-memory store");
    }
  }
}
