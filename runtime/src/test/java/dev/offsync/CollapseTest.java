package dev.offsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.errors.InvalidOperationSequenceException;
import dev.offsync.internal.store.ItemJson;
import dev.offsync.operations.OperationKind;
import dev.offsync.operations.OperationState;
import dev.offsync.store.QueuedOperation;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every pair of the collapse table, in both orders, checking the queue and the local rows. */
class CollapseTest {

  private static final Instant SERVER_TIME = Instant.parse("2024-05-06T07:08:09.123Z");

  @TempDir
  Path folder;

  private SyncClient client;
  private OfflineTable<Todo> todos;

  @BeforeEach
  void open() {
    client = TestClients.open(folder.resolve("store.db"), TodoTable.DEFINITION);
    todos = client.table(TodoTable.DEFINITION);
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void insertThenUpdateIsAnInsertCarryingTheNewItem() {
    todos.insert(Todo.of("a", "First"));
    QueuedOperation inserted = only();

    Todo updated = todos.update(Todo.of("a", "Second").withPriority(2));

    QueuedOperation operation = only();
    assertThat(operation.kind()).isEqualTo(OperationKind.INSERT);
    assertThat(operation.sequence()).isEqualTo(inserted.sequence());
    assertThat(operation.revision()).isEqualTo(inserted.revision() + 1);
    assertThat(item(operation)).isEqualTo(updated);
    assertThat(operation.version()).isNull();
    assertThat(todos.get("a")).contains(updated);
  }

  @Test
  void updateThenInsertIsRefused() {
    pulled("a");
    todos.update(Todo.of("a", "Edited"));
    Snapshot before = snapshot();

    assertThatThrownBy(() -> todos.insert(Todo.of("a", "Again")))
        .isInstanceOfSatisfying(InvalidOperationSequenceException.class, e -> {
          assertThat(e.pendingKind()).isEqualTo(OperationKind.UPDATE);
          assertThat(e.requestedKind()).isEqualTo(OperationKind.INSERT);
          assertThat(e).hasMessageContaining("pending UPDATE").hasMessageContaining("use update");
        });
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void insertThenDeleteBeforeAnyAttemptLeavesNothingToSend() {
    todos.insert(Todo.of("a", "Short-lived"));

    todos.delete("a");

    assertThat(TestClients.operations(client)).isEmpty();
    assertThat(todos.get("a")).isEmpty();
  }

  @Test
  void insertThenDeleteAfterAnAttemptIsADelete() {
    todos.insert(Todo.of("a", "Maybe sent"));
    TestClients.sync(client).markAttempted(only());

    todos.delete("a");

    QueuedOperation operation = only();
    assertThat(operation.kind()).isEqualTo(OperationKind.DELETE);
    assertThat(operation.attempts()).isOne();
    assertThat(operation.version()).isNull();
    assertThat(item(operation).title()).isEqualTo("Maybe sent");
    assertThat(todos.get("a")).isEmpty();
  }

  @Test
  void deleteThenInsertIsAnUpdateThatKeepsTheVersion() {
    Todo original = pulled("a");
    todos.delete("a");

    Todo inserted = todos.insert(Todo.of("a", "Reborn"));

    QueuedOperation operation = only();
    assertThat(operation.kind()).isEqualTo(OperationKind.UPDATE);
    assertThat(operation.version()).isEqualTo("v1");
    assertThat(item(operation)).isEqualTo(inserted);
    assertThat(base(operation)).isEqualTo(original.withNote(null));
    assertThat(inserted.version()).isEqualTo("v1");
    assertThat(todos.get("a")).contains(inserted);
  }

  @Test
  void updateThenUpdateCarriesTheNewestItem() {
    Todo original = pulled("a");
    todos.update(Todo.of("a", "One"));
    Todo last = todos.update(Todo.of("a", "Two"));

    QueuedOperation operation = only();
    assertThat(operation.kind()).isEqualTo(OperationKind.UPDATE);
    assertThat(operation.version()).isEqualTo("v1");
    assertThat(item(operation)).isEqualTo(last);
    assertThat(base(operation)).isEqualTo(original.withNote(null));
    assertThat(todos.get("a")).contains(last);
  }

  @Test
  void updateThenDeleteIsADeleteThatKeepsTheVersion() {
    pulled("a");
    todos.update(Todo.of("a", "One"));

    todos.delete("a");

    QueuedOperation operation = only();
    assertThat(operation.kind()).isEqualTo(OperationKind.DELETE);
    assertThat(operation.version()).isEqualTo("v1");
    assertThat(item(operation).title()).isEqualTo("One");
    assertThat(todos.get("a")).isEmpty();
  }

  @Test
  void deleteThenUpdateIsRefused() {
    pulled("a");
    todos.delete("a");
    Snapshot before = snapshot();

    assertThatThrownBy(() -> todos.update(Todo.of("a", "Ghost")))
        .isInstanceOfSatisfying(InvalidOperationSequenceException.class, e -> {
          assertThat(e.pendingKind()).isEqualTo(OperationKind.DELETE);
          assertThat(e.requestedKind()).isEqualTo(OperationKind.UPDATE);
          assertThat(e).hasMessageContaining("deleted locally");
        });
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void insertThenInsertIsRefused() {
    todos.insert(Todo.of("a", "First"));
    Snapshot before = snapshot();

    assertThatThrownBy(() -> todos.insert(Todo.of("a", "Second")))
        .isInstanceOfSatisfying(InvalidOperationSequenceException.class,
            e -> assertThat(e.pendingKind()).isEqualTo(OperationKind.INSERT));
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void deleteThenDeleteIsRefused() {
    pulled("a");
    todos.delete("a");
    Snapshot before = snapshot();

    assertThatThrownBy(() -> todos.delete("a"))
        .isInstanceOfSatisfying(InvalidOperationSequenceException.class,
            e -> assertThat(e.requestedKind()).isEqualTo(OperationKind.DELETE));
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void firstChangesOfAPulledItemRememberItsVersionAndServerCopy() {
    Todo original = pulled("a");
    pulled("b");
    todos.update(Todo.of("a", "Changed"));
    todos.delete("b");

    List<QueuedOperation> operations = TestClients.operations(client);
    assertThat(operations).extracting(QueuedOperation::itemId).containsExactly("a", "b");
    assertThat(operations).extracting(QueuedOperation::kind).containsExactly(OperationKind.UPDATE,
        OperationKind.DELETE);
    assertThat(operations).extracting(QueuedOperation::version).containsExactly("v1", "v1");
    assertThat(base(operations.get(0))).isEqualTo(original.withNote(null));
    assertThat(operations).allSatisfy(operation -> {
      assertThat(operation.state()).isEqualTo(OperationState.PENDING);
      assertThat(operation.attempts()).isZero();
    });
  }

  @Test
  void collapsingKeepsTheQueuePosition() {
    todos.insert(Todo.of("a", "A"));
    todos.insert(Todo.of("b", "B"));
    todos.update(Todo.of("a", "A2"));

    assertThat(TestClients.operations(client)).extracting(QueuedOperation::itemId).containsExactly("a", "b");
  }

  private Todo pulled(String id) {
    return TestClients.pulled(client, TodoTable.DEFINITION, Todo.of(id, "Server " + id).withNote("mine"), SERVER_TIME,
        "v1");
  }

  private QueuedOperation only() {
    List<QueuedOperation> operations = TestClients.operations(client);
    assertThat(operations).hasSize(1);
    return operations.get(0);
  }

  private static Todo item(QueuedOperation operation) {
    return ItemJson.read(TodoTable.DEFINITION, operation.item()).entity();
  }

  private static Todo base(QueuedOperation operation) {
    return ItemJson.read(TodoTable.DEFINITION, operation.base()).entity();
  }

  private record Snapshot(List<Todo> rows, List<QueuedOperation> operations) {}

  private Snapshot snapshot() {
    return new Snapshot(todos.query().list(), TestClients.operations(client));
  }
}
