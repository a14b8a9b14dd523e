package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.PullQuery;
import dev.offsync.PullResult;
import dev.offsync.SyncClient;
import dev.offsync.status.SyncEvent;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import dev.offsync.testing.Deliveries;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 7 (client half): a service that forgets deleted items (here the reference server's hard-delete
 * table with rows deleted straight in its database, so no tombstone is left, as on a CommunityToolkit table
 * with soft delete off). A pull with {@link PullQuery#reconcilingIds()} removes the local rows whose ids the
 * service no longer lists, reading the ids in pages of three, and keeps every row with a queued operation.
 */
class ReconcileIdsIT {

  private static final int PAGE_SIZE = 3;

  @TempDir
  Path folder;

  private DatasyncServer server;
  private SyncClient a;
  private SyncClient b;
  private final AtomicBoolean editAtPullEnd = new AtomicBoolean();
  private final AtomicReference<OfflineTable<Todo>> bTable = new AtomicReference<>();

  @BeforeEach
  void start() {
    server = DatasyncServer.builder().table(TableSchema.of(TodoTable.DEFINITION).withPageSize(PAGE_SIZE))
        .database(jdbcUrl()).build().start();
    a = SyncClient.builder().store(folder.resolve("a.db")).tables(TodoTable.DEFINITION).endpoint(server.uri())
        .build();
    b = SyncClient.builder().store(folder.resolve("b.db")).tables(TodoTable.DEFINITION).endpoint(server.uri())
        .listener(this::onEvent).build();
    bTable.set(b.table(TodoTable.DEFINITION));
  }

  /** The last page of B's pull is committed: B edits t2 before the id reconcile runs. */
  private void onEvent(SyncEvent event) {
    if (event instanceof SyncEvent.ItemsCommitted && editAtPullEnd.compareAndSet(true, false)) {
      OfflineTable<Todo> todos = bTable.get();
      todos.update(todos.get("t2").orElseThrow().withTitle("b's edit"));
    }
  }

  @AfterEach
  void stop() {
    a.close();
    b.close();
    server.stop();
  }

  private String jdbcUrl() {
    return "jdbc:sqlite:" + folder.resolve("service.db");
  }

  /** Deletes rows in the service's database, leaving no trace a pull could see. */
  private void forgetOnService(String... ids) throws Exception {
    try (Connection db = DriverManager.getConnection(jdbcUrl());
        PreparedStatement delete = db.prepareStatement("DELETE FROM \"todoitems\" WHERE \"id\" = ?")) {
      for (String id : ids) {
        delete.setString(1, id);
        assertThat(delete.executeUpdate()).isEqualTo(1);
      }
    }
  }

  /** A inserts t1..t{count} with priority i % 2 and pushes; B pulls them all. */
  private OfflineTable<Todo> sharedRows(int count) {
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    for (int i = 1; i <= count; i++) {
      todosA.insert(Todo.of("t" + i, "item " + i).withPriority(i % 2));
    }
    assertThat(todosA.push().isComplete()).isTrue();
    OfflineTable<Todo> todosB = bTable.get();
    todosB.pull();
    assertThat(todosB.query().count()).isEqualTo(count);
    return todosB;
  }

  private static List<String> ids(OfflineTable<Todo> todos) {
    return todos.query().list().stream().map(Todo::id).sorted().toList();
  }

  @Test
  void aPagedReconcileRemovesTheRowsTheServiceForgotAndLiveQueriesSeeIt() throws Exception {
    OfflineTable<Todo> todosB = sharedRows(10);
    Deliveries<Optional<Todo>> onT5 = new Deliveries<>();
    todosB.observe("t5", onT5);
    onT5.awaitLast(Optional::isPresent);
    forgetOnService("t1", "t5", "t10");

    todosB.pull();
    assertThat(todosB.query().count()).as("an incremental pull cannot see a forgotten row").isEqualTo(10);
    PullResult reconciled = todosB.pull(PullQuery.<Todo>all().reconcilingIds());

    assertThat(reconciled.deleted()).isEqualTo(3);
    assertThat(ids(todosB)).containsExactly("t2", "t3", "t4", "t6", "t7", "t8", "t9");
    assertThat(onT5.awaitLast(Optional::isEmpty)).isEmpty();
  }

  @Test
  void aRowWithAQueuedOperationIsKept() throws Exception {
    OfflineTable<Todo> todosB = sharedRows(4);
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    todosA.update(todosA.get("t4").orElseThrow().withTitle("a's edit")); // a page for B's pull to commit
    todosA.push();
    forgetOnService("t2", "t3");

    editAtPullEnd.set(true);
    PullResult reconciled = todosB.pull(PullQuery.<Todo>all().reconcilingIds());

    assertThat(reconciled.deleted()).isEqualTo(1);
    assertThat(ids(todosB)).containsExactly("t1", "t2", "t4");
    assertThat(todosB.get("t2").orElseThrow().title()).isEqualTo("b's edit");
    assertThat(todosB.pendingOperationCount()).isEqualTo(1);
  }

  @Test
  void aFilteredReconcileRemovesOnlyForgottenRowsOfItsFilter() throws Exception {
    OfflineTable<Todo> todosB = sharedRows(8);
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    // t3 leaves the filter on the service (priority 1 -> 0) but still exists: it must stay.
    todosA.update(todosA.get("t3").orElseThrow().withPriority(0));
    todosA.push();
    forgetOnService("t1", "t2", "t5");

    PullResult reconciled = todosB.pull(
        PullQuery.<Todo>of(TodoTable.PRIORITY.eq(1), "odd").reconcilingIds());

    // t1 and t5 (priority 1) are gone; t2 (priority 0, outside the filter) is not this query's to remove.
    assertThat(reconciled.deleted()).isEqualTo(2);
    assertThat(ids(todosB)).containsExactly("t2", "t3", "t4", "t6", "t7", "t8");
  }
}
