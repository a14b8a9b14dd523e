package dev.offsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.errors.InvalidItemException;
import dev.offsync.errors.InvalidOperationSequenceException;
import dev.offsync.errors.ItemExistsException;
import dev.offsync.errors.ItemNotFoundException;
import dev.offsync.errors.StaleItemException;
import dev.offsync.operations.OperationKind;
import dev.offsync.operations.PendingOperation;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineTableTest {

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
  void insertWithoutIdGeneratesThirtyTwoLowercaseHexCharacters() {
    Todo stored = todos.insert(Todo.of("Buy milk"));

    assertThat(stored.id()).matches("[0-9a-f]{32}");
    assertThat(todos.get(stored.id())).contains(stored);
    assertThat(todos.insert(Todo.of("Other")).id()).isNotEqualTo(stored.id());
  }

  @Test
  void insertKeepsAGivenIdAndStoresLocalOnlyColumns() {
    Todo stored = todos.insert(new Todo("a-1", "Title", true, 3, "private", null, null));

    assertThat(stored).isEqualTo(new Todo("a-1", "Title", true, 3, "private", null, null));
    assertThat(todos.get("a-1")).contains(stored);
  }

  @Test
  void localWritesNeverSetTheServiceOwnedProperties() {
    Instant sent = Instant.parse("2024-01-02T03:04:05.678Z");
    Todo inserted = todos.insert(Todo.of("x1", "New").withSystem(sent, "client-made-up"));
    assertThat(inserted.updatedAt()).isNull();
    assertThat(inserted.version()).isNull();

    Instant serverTime = Instant.parse("2023-12-20T10:21:05.421Z");
    TestClients.pulled(client, TodoTable.DEFINITION, Todo.of("x2", "Pulled"), serverTime, "AAAAAAAAB9E=");
    // A version other than the stored one marks a stale copy (StaleItemException); without one, none is checked.
    assertThatThrownBy(() -> todos.update(Todo.of("x2", "Edited").withSystem(sent, "client-made-up")))
        .isInstanceOf(StaleItemException.class);
    Todo updated = todos.update(Todo.of("x2", "Edited").withSystem(sent, null));

    assertThat(updated.updatedAt()).isEqualTo(serverTime);
    assertThat(updated.version()).isEqualTo("AAAAAAAAB9E=");
    assertThat(todos.get("x2")).contains(updated);
  }

  @Test
  void insertAllStoresEveryItemAndQueuesEachInsert() {
    List<Todo> stored = todos.insertAll(List.of(Todo.of("a", "A"), Todo.of("B"), Todo.of("c", "C")));

    assertThat(stored).extracting(Todo::title).containsExactly("A", "B", "C");
    assertThat(stored.get(1).id()).matches("[0-9a-f]{32}");
    assertThat(todos.query().list()).containsExactlyInAnyOrderElementsOf(stored);
    assertThat(todos.pendingOperations()).extracting(PendingOperation::itemId)
        .containsExactly("a", stored.get(1).id(), "c");
    assertThat(todos.insertAll(List.of())).isEmpty();
  }

  @Test
  void insertAllStoresNothingWhenOneItemIsRefused() {
    TestClients.pulled(client, TodoTable.DEFINITION, Todo.of("b", "Pulled"),
        Instant.parse("2023-12-20T10:21:05.421Z"), "AAAAAAAAB9E=");
    todos.insert(Todo.of("p", "Pending"));

    assertThatThrownBy(() -> todos.insertAll(List.of(Todo.of("a", "A"), Todo.of("b", "B"))))
        .isInstanceOf(ItemExistsException.class);
    assertThatThrownBy(() -> todos.insertAll(List.of(Todo.of("a", "A"), Todo.of("p", "P"))))
        .isInstanceOf(InvalidOperationSequenceException.class);
    assertThatThrownBy(() -> todos.insertAll(List.of(Todo.of("c", "C"), Todo.of("c", "again"))))
        .isInstanceOf(InvalidOperationSequenceException.class);
    assertThatThrownBy(() -> todos.insertAll(List.of(Todo.of("d", "D"), Todo.of("not valid", "E"))))
        .isInstanceOf(InvalidItemException.class);

    assertThat(todos.query().list()).extracting(Todo::id).containsExactly("b", "p");
    assertThat(todos.pendingOperationCount()).isEqualTo(1);
  }

  @Test
  void insertAllFollowsTheQueueRulesOfInsertInLargeBatches() {
    Instant serverTime = Instant.parse("2023-12-20T10:21:05.421Z");
    TestClients.pulled(client, TodoTable.DEFINITION, Todo.of("deleted", "Pulled"), serverTime, "AAAAAAAAB9E=");
    TestClients.pulled(client, TodoTable.DEFINITION, Todo.of("x0777", "Pulled"), serverTime, "AAAAAAAAB9E=");
    todos.delete("deleted");
    List<Todo> many = new java.util.ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      many.add(Todo.of(String.format("x%04d", i), "Item " + i));
    }

    assertThatThrownBy(() -> todos.insertAll(many)).isInstanceOf(ItemExistsException.class)
        .hasMessageContaining("x0777");
    many.remove(777);
    many.add(Todo.of("deleted", "Inserted again"));
    todos.insertAll(many);

    assertThat(todos.query().count()).isEqualTo(1_201);
    assertThat(todos.pendingOperations()).hasSize(1_200).filteredOn(op -> op.itemId().equals("deleted"))
        .extracting(PendingOperation::kind).containsExactly(OperationKind.UPDATE);
  }

  @Test
  void updateReplacesEveryColumn() {
    todos.insert(new Todo("a", "Title", true, 3, "note", null, null));

    Todo updated = todos.update(new Todo("a", null, false, 0, null, null, null));

    assertThat(todos.get("a")).contains(updated);
    assertThat(updated).isEqualTo(new Todo("a", null, false, 0, null, null, null));
  }

  @Test
  void deleteByItemOrById() {
    Todo first = todos.insert(Todo.of("a", "A"));
    todos.insert(Todo.of("b", "B"));

    todos.delete(first);
    todos.delete("b");

    assertThat(todos.get("a")).isEmpty();
    assertThat(todos.get("b")).isEmpty();
    assertThat(todos.query().count()).isZero();
  }

  @Test
  void insertingAnExistingIdIsATypedErrorAndChangesNothing() {
    Todo pulled = TestClients.pulled(client, TodoTable.DEFINITION, Todo.of("a", "Server"), Instant.EPOCH, "v1");

    assertThatThrownBy(() -> todos.insert(Todo.of("a", "Mine")))
        .isInstanceOf(ItemExistsException.class)
        .hasMessageContaining("'a'").hasMessageContaining("todoitems").hasMessageContaining("update");

    assertThat(todos.get("a")).contains(pulled);
    assertThat(client.pendingOperationCount()).isZero();
  }

  @Test
  void updatingOrDeletingAMissingIdIsATypedErrorAndChangesNothing() {
    assertThatThrownBy(() -> todos.update(Todo.of("nope", "x")))
        .isInstanceOf(ItemNotFoundException.class)
        .hasMessageContaining("Cannot update item 'nope' in table 'todoitems'");
    assertThatThrownBy(() -> todos.delete("nope"))
        .isInstanceOf(ItemNotFoundException.class)
        .hasMessageContaining("Cannot delete item 'nope'");

    assertThat(todos.query().count()).isZero();
    assertThat(client.pendingOperationCount()).isZero();
  }

  @Test
  void invalidOrMissingIdsAreRejectedWithTheRule() {
    assertThatThrownBy(() -> todos.insert(Todo.of("has space", "x")))
        .isInstanceOf(InvalidItemException.class)
        .hasMessageContaining("Invalid id 'has space'").hasMessageContaining("127 characters");
    assertThatThrownBy(() -> todos.insert(Todo.of("-leading", "x"))).isInstanceOf(InvalidItemException.class);
    assertThatThrownBy(() -> todos.insert(Todo.of("x".repeat(128), "x"))).isInstanceOf(InvalidItemException.class);
    assertThat(todos.insert(Todo.of("A1_.|:-" + "x".repeat(120), "ok")).id()).hasSize(127);
    assertThatThrownBy(() -> todos.update(Todo.of("no id")))
        .isInstanceOf(InvalidItemException.class).hasMessageContaining("without an id");
    assertThatThrownBy(() -> todos.delete(Todo.of("no id"))).isInstanceOf(InvalidItemException.class);
    assertThat(todos.query().count()).isOne();
  }

  @Test
  void queriesPageInIdOrder() {
    for (String id : List.of("d", "b", "e", "a", "c")) {
      todos.insert(Todo.of(id, "Item " + id));
    }

    assertThat(ids(todos.query().list())).containsExactly("a", "b", "c", "d", "e");
    assertThat(ids(todos.query().skip(1).top(2).list())).containsExactly("b", "c");
    assertThat(ids(todos.query().skip(4).top(10).list())).containsExactly("e");
    assertThat(todos.query().skip(2).first()).map(Todo::id).contains("c");
    assertThat(todos.query().skip(9).first()).isEmpty();
    assertThat(todos.query().top(0).list()).isEmpty();
    assertThat(todos.query().top(0).first()).isEmpty();
    assertThat(todos.query().count()).isEqualTo(5);
    assertThat(todos.query().skip(1).top(3).count()).isEqualTo(3);
    assertThat(todos.query().skip(4).count()).isEqualTo(1);
    assertThatThrownBy(() -> todos.query().skip(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> todos.query().top(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void streamingReadsOneSnapshotWhileWritesGoOn() throws Exception {
    for (int i = 0; i < 50; i++) {
      todos.insert(Todo.of(String.format("%03d", i), "Item"));
    }
    List<String> seen = new java.util.ArrayList<>();
    try (var items = todos.query().stream()) {
      var iterator = items.iterator();
      seen.add(iterator.next().id());
      Thread writer = new Thread(() -> {
        todos.delete("049");
        todos.insert(Todo.of("100", "Late"));
      });
      writer.start();
      writer.join(10_000);
      assertThat(writer.isAlive()).isFalse();
      iterator.forEachRemaining(todo -> seen.add(todo.id()));
    }
    assertThat(seen).hasSize(50).contains("049").doesNotContain("100");
    assertThat(todos.get("100")).isPresent();
    assertThat(todos.query().count()).isEqualTo(50);
  }

  @Test
  void forEachVisitsEveryItem() {
    todos.insert(Todo.of("a", "A"));
    todos.insert(Todo.of("b", "B"));
    List<String> seen = new java.util.ArrayList<>();

    todos.query().forEach(todo -> seen.add(todo.id()));

    assertThat(seen).containsExactly("a", "b");
  }

  private static List<String> ids(List<Todo> items) {
    return items.stream().map(Todo::id).toList();
  }
}
