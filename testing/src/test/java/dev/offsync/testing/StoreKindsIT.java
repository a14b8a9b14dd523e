package dev.offsync.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.errors.NetworkException;
import dev.offsync.OfflineTable;
import dev.offsync.operations.OperationState;
import dev.offsync.operations.PendingOperation;
import dev.offsync.errors.PendingOperationsException;
import dev.offsync.PullQuery;
import dev.offsync.PullResult;
import dev.offsync.PurgeOptions;
import dev.offsync.PushResult;
import dev.offsync.SyncClient;
import dev.offsync.query.Query;
import dev.offsync.testing.contract.Todo;
import dev.offsync.testing.contract.TodoTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sync engine's essentials on each kind of local store, against the reference server over real HTTP:
 * the offline cycle, incremental pulls, conflicts kept and resolved, purge. The engine only sees the store
 * interface, so the in-memory store must give the same results as the SQLite file store.
 */
class StoreKindsIT {

  @TempDir
  Path folder;

  private ReferenceService service;
  private final List<SyncClient> clients = new ArrayList<>();
  private final Map<String, InMemoryStore> memories = new HashMap<>();

  @BeforeEach
  void start() {
    service = ReferenceService.start(folder, TodoTable.DEFINITION);
  }

  @AfterEach
  void stop() {
    clients.forEach(SyncClient::close);
    service.close();
  }

  /** A device on a store of this kind; opening the same name again reopens its store, as an app restart. */
  private SyncClient device(String kind, String name) {
    SyncClient.Builder builder = service.device(name);
    if (kind.equals("memory")) {
      builder.store(memories.computeIfAbsent(name, n -> InMemoryStore.named(n)));
    }
    SyncClient client = builder.build();
    clients.add(client);
    return client;
  }

  private static List<Todo> sorted(OfflineTable<Todo> table) {
    return table.query().list().stream().sorted(Comparator.comparing(Todo::id)).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"file", "memory"})
  void workOfflinePushWhenBackAndAnotherDevicePullsOnlyWhatChanged(String kind) {
    SyncClient a = device(kind, "a");
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    service.stop();
    for (int i = 0; i < 12; i++) {
      todosA.insert(Todo.of(String.format("t%02d", i), "item " + i));
    }
    todosA.update(todosA.get("t01").orElseThrow().withTitle("changed offline"));
    todosA.delete("t02");
    PushResult offline = a.push();
    assertThat(offline.stoppedBy()).containsInstanceOf(NetworkException.class);
    assertThat(a.pendingOperationCount()).isEqualTo(11);

    service.restart();
    assertThat(a.push().isComplete()).isTrue();
    assertThat(a.pendingOperationCount()).isZero();
    assertThat(todosA.get("t01").orElseThrow().version()).isNotNull();

    SyncClient b = device(kind, "b");
    OfflineTable<Todo> todosB = b.table(TodoTable.DEFINITION);
    PullResult first = todosB.pull();
    assertThat(first.fetched()).isEqualTo(11);
    assertThat(sorted(todosB)).isEqualTo(sorted(todosA));

    todosA.update(todosA.get("t07").orElseThrow().withPriority(5));
    todosA.delete("t08");
    a.push();
    PullResult second = todosB.pull();
    assertThat(second.fetched()).isEqualTo(2);
    assertThat(second.deleted()).isEqualTo(1);
    assertThat(todosB.get("t07").orElseThrow().priority()).isEqualTo(5);
    assertThat(todosB.get("t08")).isEmpty();
    assertThat(todosB.pull().fetched()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"file", "memory"})
  void theQueueAndTheDeltaTokenSurviveARestart(String kind) {
    SyncClient a = device(kind, "a");
    a.table(TodoTable.DEFINITION).insert(Todo.of("t1", "milk"));
    a.push();
    SyncClient b = device(kind, "b");
    b.table(TodoTable.DEFINITION).pull();
    service.stop();
    b.table(TodoTable.DEFINITION).insert(Todo.of("t2", "eggs"));
    b.close();

    service.restart();
    SyncClient restarted = device(kind, "b");
    assertThat(restarted.pendingOperationCount()).isOne();
    assertThat(restarted.push().pushed()).isOne();
    assertThat(restarted.table(TodoTable.DEFINITION).pull().fetched()).isOne();
  }

  @ParameterizedTest
  @ValueSource(strings = {"file", "memory"})
  void aConflictStaysFailedUntilTheServersCopyIsKept(String kind) {
    SyncClient a = device(kind, "a");
    SyncClient b = device(kind, "b");
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    OfflineTable<Todo> todosB = b.table(TodoTable.DEFINITION);
    todosA.insert(Todo.of("t1", "milk").withNote("mine"));
    a.push();
    todosB.pull();

    todosB.update(todosB.get("t1").orElseThrow().withTitle("from b"));
    b.push();
    todosA.update(todosA.get("t1").orElseThrow().withTitle("from a"));
    PushResult conflicted = a.push();

    assertThat(conflicted.failed()).hasSize(1);
    PendingOperation failed = todosA.pendingOperations().get(0);
    assertThat(failed.state()).isEqualTo(OperationState.FAILED);
    assertThatThrownBy(() -> todosA.pull(PullQuery.<Todo>all().withQueryId("other"))).isInstanceOf(PendingOperationsException.class);
    assertThat(todosA.get("t1").orElseThrow().title()).isEqualTo("from a");

    todosA.keepServerCopy(failed);
    assertThat(a.pendingOperationCount()).isZero();
    Todo kept = todosA.get("t1").orElseThrow();
    assertThat(kept.title()).isEqualTo("from b");
    assertThat(kept.note()).isEqualTo("mine");
  }

  @ParameterizedTest
  @ValueSource(strings = {"file", "memory"})
  void purgeIsRefusedWithPendingChangesAndForcedClearsTheTable(String kind) {
    SyncClient a = device(kind, "a");
    OfflineTable<Todo> todos = a.table(TodoTable.DEFINITION);
    todos.insert(Todo.of("t1", "milk"));
    todos.insert(Todo.of("t2", "eggs"));
    a.push();
    todos.insert(Todo.of("t3", "bread"));

    assertThatThrownBy(todos::purge).isInstanceOf(PendingOperationsException.class);
    assertThat(todos.purge(Query.where(TodoTable.TITLE.eq("milk")), PurgeOptions.force())).isOne();
    assertThat(todos.purge(PurgeOptions.force())).isEqualTo(2);
    assertThat(a.pendingOperationCount()).isZero();
    PullResult again = todos.pull();
    assertThat(again.fetched()).isEqualTo(2);
    assertThat(todos.get("t1")).isPresent();
    assertThat(todos.get("t3")).isEmpty();
  }
}
