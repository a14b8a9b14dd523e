package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.SyncClient;
import dev.offsync.status.SyncEvent;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 4: an item edited while a pull runs is skipped by that pull (invariant 5); once its operation
 * is gone without the service's copy (discarded), the next pull fetches it again. The edit is made from the
 * pull's own progress event, after the page is fetched and before it is applied.
 */
class EditDuringPullIT {

  @TempDir
  Path folder;

  private Service service;
  private SyncClient a;
  private SyncClient b;
  private final AtomicBoolean editOnNextPage = new AtomicBoolean();
  private final AtomicReference<OfflineTable<Todo>> bTable = new AtomicReference<>();

  @BeforeEach
  void start() {
    service = new Service(folder);
    a = service.device("a").build();
    b = service.device("b").listener(this::onEvent).build();
    bTable.set(b.table(TodoTable.DEFINITION));
  }

  private void onEvent(SyncEvent event) {
    if (event instanceof SyncEvent.ItemsFetched && editOnNextPage.compareAndSet(true, false)) {
      OfflineTable<Todo> todos = bTable.get();
      todos.update(todos.get("t1").orElseThrow().withTitle("b's edit"));
    }
  }

  @AfterEach
  void stop() {
    a.close();
    b.close();
    service.close();
  }

  @Test
  void aSkippedItemIsFetchedAgainAfterItsOperationIsDiscarded() {
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    OfflineTable<Todo> todosB = bTable.get();
    todosA.insert(Todo.of("t1", "milk"));
    todosA.insert(Todo.of("t2", "bread"));
    a.push();
    todosB.pull();
    todosA.update(todosA.get("t1").orElseThrow().withTitle("oat milk"));
    todosA.update(todosA.get("t2").orElseThrow().withTitle("rye bread"));
    a.push();
    editOnNextPage.set(true);
    assertThat(todosB.pull().skippedIds()).containsExactly("t1");

    todosB.discard(todosB.pendingOperations().get(0));
    todosB.pull();

    assertThat(todosB.get("t1").orElseThrow().title()).isEqualTo("oat milk");
    assertThat(todosB.get("t2").orElseThrow().title()).isEqualTo("rye bread");
  }
}
