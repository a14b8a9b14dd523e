package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.errors.NetworkException;
import dev.offsync.OfflineTable;
import dev.offsync.errors.PendingOperationsException;
import dev.offsync.PullQuery;
import dev.offsync.PullResult;
import dev.offsync.PurgeOptions;
import dev.offsync.PushResult;
import dev.offsync.SyncClient;
import dev.offsync.status.SyncEvent;
import dev.offsync.query.Query;
import dev.offsync.testing.Tag;
import dev.offsync.testing.TagTable;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline cycle against the reference server over real HTTP: work offline, push, pull, delete, purge. */
class SyncIT {

  @TempDir
  Path folder;

  private Service service;
  private final List<SyncClient> clients = new ArrayList<>();

  @BeforeEach
  void start() {
    service = new Service(folder);
  }

  @AfterEach
  void stop() {
    clients.forEach(SyncClient::close);
    service.close();
  }

  private SyncClient device(String name) {
    SyncClient client = service.device(name).build();
    clients.add(client);
    return client;
  }

  private static List<Todo> all(OfflineTable<Todo> table) {
    return table.query().list().stream().sorted(Comparator.comparing(Todo::id)).toList();
  }

  @Test
  void changesMadeOfflineArePushedWhenTheServiceComesBack() {
    SyncClient a = device("a");
    OfflineTable<Todo> todos = a.table(TodoTable.DEFINITION);
    service.stop();

    todos.insert(Todo.of("t1", "milk"));
    todos.insert(Todo.of("t2", "eggs"));
    a.table(TagTable.DEFINITION).insert(Tag.of("home"));
    PushResult offline = a.push();

    assertThat(offline.stoppedBy()).containsInstanceOf(NetworkException.class);
    assertThat(offline.pushed()).isZero();
    assertThat(a.pendingOperationCount()).isEqualTo(3);

    service.start();
    PushResult online = a.push();

    assertThat(online.isComplete()).isTrue();
    assertThat(online.pushed()).isEqualTo(3);
    assertThat(a.pendingOperationCount()).isZero();
    Todo stored = todos.get("t1").orElseThrow();
    assertThat(stored.updatedAt()).isNotNull();
    assertThat(stored.version()).isNotNull();
  }

  @Test
  void aSecondDevicePullsEverythingThenOnlyWhatChanged() {
    SyncClient a = device("a");
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    for (int i = 0; i < 120; i++) {
      todosA.insert(Todo.of(String.format("t%03d", i), "item " + i));
    }
    assertThat(a.push().isComplete()).isTrue();

    SyncClient b = device("b");
    OfflineTable<Todo> todosB = b.table(TodoTable.DEFINITION);
    PullResult first = todosB.pull();

    assertThat(first.fetched()).isEqualTo(120);
    assertThat(first.requests()).isEqualTo(3);
    assertThat(all(todosB)).isEqualTo(all(todosA));

    todosA.update(todosA.get("t007").orElseThrow().withTitle("changed"));
    a.push();
    PullResult second = todosB.pull();

    assertThat(second.fetched()).isEqualTo(1);
    assertThat(todosB.get("t007").orElseThrow().title()).isEqualTo("changed");
    assertThat(todosB.pull().fetched()).isZero();
  }

  @Test
  void deletesReachOtherDevicesThroughSoftDelete() {
    SyncClient a = device("a");
    SyncClient b = device("b");
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    OfflineTable<Todo> todosB = b.table(TodoTable.DEFINITION);
    todosA.insert(Todo.of("t1", "milk"));
    todosA.insert(Todo.of("t2", "eggs"));
    a.push();
    todosB.pull();

    todosA.delete("t1");
    a.push();
    PullResult pulled = todosB.pull();

    assertThat(pulled.deleted()).isEqualTo(1);
    assertThat(todosB.get("t1")).isEmpty();
    assertThat(todosB.get("t2")).isPresent();
  }

  @Test
  void aFirstPullDeletesRowsThatAnotherDeviceDeletedMeanwhile() {
    SyncClient a = device("a");
    SyncClient b = device("b");
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    todosA.insert(Todo.of("t1", "milk"));
    todosA.insert(Todo.of("t2", "eggs"));
    a.push();
    OfflineTable<Todo> todosB = b.table(TodoTable.DEFINITION);
    todosB.pull();
    todosB.delete("t1");
    b.push();

    // A has the rows it pushed but has never pulled: its first pull must see the deletion too.
    PullResult pulled = todosA.pull();

    assertThat(pulled.deleted()).isEqualTo(1);
    assertThat(todosA.get("t1")).isEmpty();
    assertThat(all(todosA)).isEqualTo(all(todosB));
  }

  @Test
  void aPullPushesTheTablesPendingChangesFirst() {
    SyncClient a = device("a");
    OfflineTable<Todo> todos = a.table(TodoTable.DEFINITION);
    todos.insert(Todo.of("t1", "milk"));

    PullResult pulled = todos.pull();

    assertThat(a.pendingOperationCount()).isZero();
    assertThat(pulled.fetched()).isEqualTo(1);
    assertThat(a.remoteTable(TodoTable.DEFINITION).get("t1")).isPresent();
  }

  @Test
  void aPullIsRefusedWhileAFailedOperationRemains() {
    SyncClient a = device("a");
    SyncClient b = device("b");
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    todosA.insert(Todo.of("t1", "milk"));
    b.table(TodoTable.DEFINITION).insert(Todo.of("t1", "other milk"));
    b.push();

    assertThatThrownBy(todosA::pull)
        .isInstanceOf(PendingOperationsException.class)
        .hasMessageContaining("1 pending operation");
    assertThat(a.pendingOperations()).singleElement()
        .satisfies(op -> assertThat(op.lastError()).contains("conflict"));
  }

  @Test
  void localOnlyColumnsSurviveAPushAndAPull() {
    SyncClient a = device("a");
    OfflineTable<Todo> todos = a.table(TodoTable.DEFINITION);
    todos.insert(Todo.of("t1", "milk").withNote("private"));
    a.push();
    a.remoteTable(TodoTable.DEFINITION).replace(a.remoteTable(TodoTable.DEFINITION).get("t1").orElseThrow()
        .withTitle("oat milk"));

    todos.pull();

    Todo local = todos.get("t1").orElseThrow();
    assertThat(local.title()).isEqualTo("oat milk");
    assertThat(local.note()).isEqualTo("private");
  }

  @Test
  void purgeIsRefusedWithPendingChangesThenForcedAndTheTokenPolicyDecidesTheNextPull() {
    SyncClient a = device("a");
    OfflineTable<Todo> todos = a.table(TodoTable.DEFINITION);
    todos.insert(Todo.of("t1", "milk"));
    todos.insert(Todo.of("t2", "eggs"));
    a.push();
    todos.pull();
    todos.insert(Todo.of("t3", "unsent"));

    assertThatThrownBy(todos::purge).isInstanceOf(PendingOperationsException.class)
        .hasMessageContaining("1 pending operation");
    assertThat(todos.query().count()).isEqualTo(3);

    assertThat(todos.purge(PurgeOptions.force().withDeltaTokens(PurgeOptions.DeltaTokenPolicy.KEEP))).isEqualTo(3);
    assertThat(a.pendingOperationCount()).isZero();
    assertThat(todos.pull().fetched()).isZero();

    todos.purge(PurgeOptions.defaults());
    assertThat(todos.pull().fetched()).isEqualTo(2);
    assertThat(todos.query().count()).isEqualTo(2);
  }

  @Test
  void purgeWithAFilterRemovesOnlyMatchingRows() {
    SyncClient a = device("a");
    OfflineTable<Todo> todos = a.table(TodoTable.DEFINITION);
    todos.insert(Todo.of("t1", "milk").withComplete(true));
    todos.insert(Todo.of("t2", "eggs"));
    a.push();

    long purged = todos.purge(Query.where(TodoTable.COMPLETE.isTrue()), PurgeOptions.defaults()
        .withDeltaTokens(PurgeOptions.DeltaTokenPolicy.KEEP));

    assertThat(purged).isEqualTo(1);
    assertThat(all(todos)).extracting(Todo::id).containsExactly("t2");
  }

  @Test
  void filteredPullsKeepTheirOwnDeltaTokens() {
    SyncClient a = device("a");
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    todosA.insert(Todo.of("t1", "milk").withComplete(true));
    todosA.insert(Todo.of("t2", "eggs"));
    a.push();
    SyncClient b = device("b");
    OfflineTable<Todo> todosB = b.table(TodoTable.DEFINITION);

    PullResult open = todosB.pull(PullQuery.of(TodoTable.COMPLETE.isFalse(), "open"));
    PullResult everything = todosB.pull();

    assertThat(open.fetched()).isEqualTo(1);
    assertThat(open.queryId()).isEqualTo("open");
    assertThat(everything.fetched()).isEqualTo(2);
    assertThat(everything.queryId()).isNotEqualTo("open").hasSize(32);
  }

  @Test
  void progressEventsDescribeEachPushAndPull() {
    List<SyncEvent> events = new ArrayList<>();
    SyncClient a = service.device("events").listener(events::add).build();
    clients.add(a);
    OfflineTable<Todo> todos = a.table(TodoTable.DEFINITION);
    for (int i = 0; i < 60; i++) {
      todos.insert(Todo.of("t" + i, "x"));
    }

    a.push();
    todos.pull();

    assertThat(events.get(0)).isEqualTo(new SyncEvent.PushStarted(60));
    assertThat(events).filteredOn(SyncEvent.PushItem.class::isInstance).hasSize(60);
    assertThat(events).filteredOn(SyncEvent.ItemsFetched.class::isInstance)
        .extracting(e -> ((SyncEvent.ItemsFetched) e).total()).containsOnly(60L);
    assertThat(events).filteredOn(SyncEvent.ItemsCommitted.class::isInstance)
        .extracting(e -> ((SyncEvent.ItemsCommitted) e).committed()).containsExactly(50L, 60L);
    assertThat(events.get(events.size() - 1)).isInstanceOf(SyncEvent.PullEnded.class);
  }

  @Test
  void pushParallelismSendsEverythingOnce() {
    // 32 at once, over several bookkeeping windows and more than one batch of the queue.
    SyncClient a = service.device("parallel").pushParallelism(32).build();
    clients.add(a);
    OfflineTable<Todo> todos = a.table(TodoTable.DEFINITION);
    for (int i = 0; i < 300; i++) {
      todos.insert(Todo.of(String.format("t%03d", i), "x"));
    }

    PushResult result = a.push();

    assertThat(result.isComplete()).isTrue();
    assertThat(result.pushed()).isEqualTo(300);
    assertThat(a.pendingOperationCount()).isZero();
    assertThat(a.remoteTable(TodoTable.DEFINITION).count(Query.all())).isEqualTo(300);
    assertThat(todos.get("t299").orElseThrow().version()).isNotNull();
  }
}
