package dev.offsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.errors.StoreException;
import dev.offsync.operations.OperationKind;
import dev.offsync.operations.PendingOperation;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InMemoryStoreTest {

  @Test
  void tablesQueriesAndTheQueueWorkInMemory() {
    try (SyncClient client = SyncClient.builder().inMemoryStore().tables(TodoTable.DEFINITION).build()) {
      OfflineTable<Todo> todos = client.table(TodoTable.DEFINITION);
      Todo stored = todos.insert(Todo.of("Milk"));
      todos.insert(Todo.of("b", "B"));
      todos.update(Todo.of("b", "B2"));

      assertThat(todos.get(stored.id())).contains(stored);
      assertThat(todos.query().count()).isEqualTo(2);
      assertThat(client.pendingOperations()).extracting(PendingOperation::kind)
          .containsExactly(OperationKind.INSERT, OperationKind.INSERT);
    }
  }

  @Test
  void eachInMemoryClientHasItsOwnStoreGoneOnClose() {
    SyncClient first = SyncClient.builder().inMemoryStore().tables(TodoTable.DEFINITION).build();
    try (SyncClient second = SyncClient.builder().inMemoryStore().tables(TodoTable.DEFINITION).build()) {
      first.table(TodoTable.DEFINITION).insert(Todo.of("a", "A"));
      assertThat(second.table(TodoTable.DEFINITION).get("a")).isEmpty();
    } finally {
      first.close();
    }
    assertThatThrownBy(() -> first.table(TodoTable.DEFINITION).get("a"))
        .isInstanceOf(StoreException.class).hasMessageContaining("in-memory store is closed");
  }

  @Test
  void readsNestInsideAStreamButAWriteOnTheSameThreadIsRefused() {
    try (SyncClient client = SyncClient.builder().inMemoryStore().tables(TodoTable.DEFINITION).build()) {
      OfflineTable<Todo> todos = client.table(TodoTable.DEFINITION);
      todos.insert(Todo.of("a", "A"));
      todos.insert(Todo.of("b", "B"));
      List<String> seen = new ArrayList<>();

      todos.query().forEach(todo -> seen.add(todos.get(todo.id()).orElseThrow().title()));
      assertThat(seen).containsExactly("A", "B");

      try (Stream<Todo> open = todos.query().stream()) {
        assertThatThrownBy(() -> todos.insert(Todo.of("c", "C")))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("close the stream first");
        assertThat(open.count()).isEqualTo(2);
      }
      todos.insert(Todo.of("c", "C"));
      assertThat(todos.query().count()).isEqualTo(3);
    }
  }

  @Test
  void aWriterOnAnotherThreadWaitsForAnOpenStream() throws Exception {
    try (SyncClient client = SyncClient.builder().inMemoryStore().tables(TodoTable.DEFINITION).build()) {
      OfflineTable<Todo> todos = client.table(TodoTable.DEFINITION);
      todos.insert(Todo.of("a", "A"));
      Thread writer = new Thread(() -> todos.insert(Todo.of("b", "B")));
      List<String> seen = new ArrayList<>();
      try (Stream<Todo> open = todos.query().stream()) {
        Iterator<Todo> items = open.iterator();
        writer.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (writer.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
          Thread.sleep(1);
        }
        assertThat(writer.getState()).isEqualTo(Thread.State.WAITING);
        items.forEachRemaining(todo -> seen.add(todo.id()));
      }
      writer.join(10_000);
      assertThat(writer.isAlive()).isFalse();
      assertThat(seen).containsExactly("a");
      assertThat(todos.get("b")).isPresent();
    }
  }
}
