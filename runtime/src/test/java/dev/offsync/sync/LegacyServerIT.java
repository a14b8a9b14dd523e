package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.conflict.Conflict;
import dev.offsync.DatasyncProtocol;
import dev.offsync.errors.NetworkException;
import dev.offsync.OfflineTable;
import dev.offsync.operations.OperationState;
import dev.offsync.errors.PendingOperationsException;
import dev.offsync.PullResult;
import dev.offsync.PurgeOptions;
import dev.offsync.PushResult;
import dev.offsync.RemoteTable;
import dev.offsync.conflict.Resolution;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.status.SyncEvent;
import dev.offsync.query.Query;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline cycle in protocol v2 against a server we did not write: the Node server {@code azure-mobile-apps}
 * 4.0.2 on SQLite (dynamic schema, soft delete), started per test on 127.0.0.1. Skipped, with the reason, where
 * Node.js or npm is missing or the packages cannot be installed.
 */
class LegacyServerIT {

  private static Path cache;

  @TempDir
  Path folder;

  private NodeServer server;
  private final List<SyncClient> clients = new ArrayList<>();

  @BeforeAll
  static void install() {
    cache = NodeInstall.ready();
  }

  @BeforeEach
  void start() {
    server = new NodeServer(cache, folder);
  }

  @AfterEach
  void stop() {
    clients.forEach(SyncClient::close);
    server.close();
  }

  private SyncClient open(SyncClient.Builder builder) {
    SyncClient client = builder.build();
    clients.add(client);
    return client;
  }

  private SyncClient device(String name) {
    return open(server.device(name));
  }

  private static List<Todo> all(OfflineTable<Todo> table) {
    return table.query().list().stream().sorted(Comparator.comparing(Todo::id)).toList();
  }

  @Test
  void changesMadeOfflineArePushedWhenTheServerComesBack() {
    SyncClient a = device("a");
    OfflineTable<Todo> todos = a.table(TodoTable.DEFINITION);
    server.stop();
    todos.insert(Todo.of("t1", "milk"));
    todos.insert(Todo.of("t2", "eggs").withPriority(2));
    todos.insert(Todo.of("t3", "bread").withComplete(true));

    PushResult offline = a.push();

    assertThat(offline.stoppedBy()).containsInstanceOf(NetworkException.class);
    assertThat(a.pendingOperationCount()).isEqualTo(3);

    server.start();
    PushResult online = a.push();

    assertThat(online.isComplete()).isTrue();
    assertThat(online.pushed()).isEqualTo(3);
    Todo stored = todos.get("t2").orElseThrow();
    assertThat(stored.version()).isEqualTo("MQ==");
    assertThat(stored.updatedAt()).isNotNull();
    assertThat(a.remoteTable(TodoTable.DEFINITION).get("t2").orElseThrow()).isEqualTo(stored);
  }

  @Test
  void aSecondDevicePullsEverythingThenOnlyWhatChanged() {
    SyncClient a = device("a");
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    for (int i = 0; i < 120; i++) {
      todosA.insert(Todo.of(String.format("t%03d", i), "item " + i).withPriority(i % 5));
    }
    assertThat(a.push().pushed()).isEqualTo(120);

    List<SyncEvent> events = new ArrayList<>();
    OfflineTable<Todo> todosB = open(server.device("b").listener(events::add)).table(TodoTable.DEFINITION);
    PullResult first = todosB.pull();

    assertThat(first.fetched()).isEqualTo(120);
    assertThat(first.requests()).isEqualTo(3);
    assertThat(all(todosB)).isEqualTo(all(todosA));
    assertThat(events).filteredOn(SyncEvent.ItemsFetched.class::isInstance)
        .extracting(e -> ((SyncEvent.ItemsFetched) e).total()).containsOnly(120L);

    todosA.update(todosA.get("t007").orElseThrow().withTitle("changed"));
    a.push();
    PullResult second = todosB.pull();

    assertThat(second.fetched()).isEqualTo(1);
    assertThat(todosB.get("t007").orElseThrow().title()).isEqualTo("changed");
    assertThat(todosB.get("t007").orElseThrow().version()).isEqualTo("Mg==");
    assertThat(todosB.pull().fetched()).isZero();
  }

  /** Invariant 4 on a real server: 120 records in one millisecond span three pages of 50. */
  @Test
  void recordsSharingAMillisecondAcrossPagesAreNeitherSkippedNorPulledTwice() throws SQLException {
    SyncClient a = device("a");
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    for (int i = 0; i < 120; i++) {
      todosA.insert(Todo.of(String.format("t%03d", i), "item " + i));
    }
    a.push();
    Instant shared = Instant.parse("2024-05-01T12:00:00.123Z");
    setAllUpdatedAt(shared);

    OfflineTable<Todo> todosB = device("b").table(TodoTable.DEFINITION);
    PullResult pulled = todosB.pull();

    assertThat(pulled.fetched()).isEqualTo(120);
    assertThat(pulled.requests()).isEqualTo(3);
    assertThat(todosB.query().count()).isEqualTo(120);
    assertThat(todosB.query().list()).allSatisfy(todo -> assertThat(todo.updatedAt()).isEqualTo(shared));
    assertThat(todosB.pull().fetched()).isZero();
  }

  /**
   * Gives every row the same {@code updatedAt}; the server's update trigger would overwrite it, so it is
   * dropped for the change and created again exactly as it was.
   */
  private void setAllUpdatedAt(Instant time) throws SQLException {
    try (Connection db = server.database(); Statement statement = db.createStatement()) {
      String name;
      String trigger;
      try (ResultSet row = statement.executeQuery(
          "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'todoitems'")) {
        assertThat(row.next()).as("the server's update trigger").isTrue();
        name = row.getString(1);
        trigger = row.getString(2);
      }
      statement.execute("DROP TRIGGER [" + name + "]");
      statement.executeUpdate("UPDATE todoitems SET updatedAt = '" + time + "'");
      statement.execute(trigger);
    }
  }

  @Test
  void eachConflictPolicySettlesA412WithTheServersCopy() {
    List<Conflict<Todo>> seen = new ArrayList<>();
    SyncClient a = device("a");
    SyncClient b = open(server.device("b").conflictResolver(TodoTable.DEFINITION, conflict -> {
      seen.add(conflict);
      return switch (conflict.clientItem().id()) {
        case "client" -> Resolution.clientWins();
        case "server" -> Resolution.serverWins();
        case "merged" -> Resolution.merged(conflict.serverItem().withPriority(conflict.clientItem().priority()));
        default -> Resolution.leaveFailed();
      };
    }));
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    OfflineTable<Todo> todosB = b.table(TodoTable.DEFINITION);
    List<String> ids = List.of("client", "server", "merged", "left");
    ids.forEach(id -> todosA.insert(Todo.of(id, "milk")));
    a.push();
    todosB.pull();
    ids.forEach(id -> todosA.update(todosA.get(id).orElseThrow().withTitle("oat milk")));
    a.push();
    ids.forEach(id -> todosB.update(todosB.get(id).orElseThrow().withTitle("soy milk").withPriority(2)));

    PushResult result = b.push();

    assertThat(seen).hasSize(4).allSatisfy(conflict -> {
      assertThat(conflict.status()).isEqualTo(412);
      assertThat(conflict.serverItem().title()).isEqualTo("oat milk");
      assertThat(conflict.serverItem().version()).isEqualTo("Mg==");
    });
    assertThat(result.resolvedConflicts()).isEqualTo(3);
    RemoteTable<Todo> remote = a.remoteTable(TodoTable.DEFINITION);
    assertThat(remote.get("client").orElseThrow().title()).isEqualTo("soy milk");
    assertThat(todosB.get("client").orElseThrow()).isEqualTo(remote.get("client").orElseThrow());
    assertThat(todosB.get("server").orElseThrow()).isEqualTo(remote.get("server").orElseThrow());
    assertThat(todosB.get("server").orElseThrow().title()).isEqualTo("oat milk");
    Todo merged = remote.get("merged").orElseThrow();
    assertThat(merged.title()).isEqualTo("oat milk");
    assertThat(merged.priority()).isEqualTo(2);
    assertThat(todosB.get("merged").orElseThrow()).isEqualTo(merged);
    assertThat(result.failed()).singleElement().satisfies(failed -> {
      assertThat(failed.status()).isEqualTo(412);
      assertThat(failed.operation().itemId()).isEqualTo("left");
      assertThat(failed.operation().state()).isEqualTo(OperationState.FAILED);
    });
    assertThat(remote.get("left").orElseThrow().title()).isEqualTo("oat milk");
    assertThat(todosB.get("left").orElseThrow().title()).isEqualTo("soy milk");
  }

  @Test
  void anInsertOfATakenIdMeetsTheServersCopyNotItsOwnEcho() {
    List<Conflict<Todo>> seen = new ArrayList<>();
    SyncClient a = device("a");
    SyncClient b = open(server.device("b").conflictResolver(TodoTable.DEFINITION, conflict -> {
      seen.add(conflict);
      return Resolution.clientWins();
    }));
    a.table(TodoTable.DEFINITION).insert(Todo.of("t1", "from a"));
    a.push();
    b.table(TodoTable.DEFINITION).insert(Todo.of("t1", "from b"));

    PushResult result = b.push();

    assertThat(seen).singleElement().satisfies(conflict -> {
      assertThat(conflict.status()).isEqualTo(409);
      assertThat(conflict.serverItem().title()).isEqualTo("from a");
      assertThat(conflict.serverItem().version()).isEqualTo("MQ==");
    });
    assertThat(result.isComplete()).isTrue();
    assertThat(a.remoteTable(TodoTable.DEFINITION).get("t1").orElseThrow().title()).isEqualTo("from b");
  }

  /** Invariant 3: an insert sent again after a crash is recognised by the service's copy, not a conflict. */
  @Test
  void aResentInsertIsRecognisedAsAlreadyDone() {
    SyncClient a = device("a");
    a.table(TodoTable.DEFINITION).insert(Todo.of("t1", "milk").withPriority(3));
    a.push();
    SyncClient sameChangeAgain = device("crashed");
    sameChangeAgain.table(TodoTable.DEFINITION).insert(Todo.of("t1", "milk").withPriority(3));

    PushResult result = sameChangeAgain.push();

    assertThat(result.isComplete()).isTrue();
    assertThat(result.resolvedConflicts()).isZero();
    assertThat(sameChangeAgain.table(TodoTable.DEFINITION).get("t1").orElseThrow().version()).isEqualTo("MQ==");
  }

  @Test
  void deletesReachOtherDevicesThroughSoftDelete() {
    SyncClient a = device("a");
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    OfflineTable<Todo> todosB = device("b").table(TodoTable.DEFINITION);
    todosA.insert(Todo.of("t1", "milk"));
    todosA.insert(Todo.of("t2", "eggs"));
    a.push();
    todosB.pull();

    todosA.delete("t1");
    assertThat(a.push().pushed()).isEqualTo(1);
    PullResult pulled = todosB.pull();

    assertThat(pulled.deleted()).isEqualTo(1);
    assertThat(todosB.get("t1")).isEmpty();
    assertThat(todosB.get("t2")).isPresent();
    assertThat(a.remoteTable(TodoTable.DEFINITION).get("t1")).isEmpty();

    todosB.delete("t2");
    a.remoteTable(TodoTable.DEFINITION).delete("t2");
    PushResult alreadyGone = todosB.push();

    assertThat(alreadyGone.isComplete()).isTrue();
    assertThat(todosB.pendingOperationCount()).isZero();
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

    assertThat(todos.purge(PurgeOptions.force().withDeltaTokens(PurgeOptions.DeltaTokenPolicy.KEEP))).isEqualTo(3);
    assertThat(a.pendingOperationCount()).isZero();
    assertThat(todos.pull().fetched()).isZero();

    todos.purge(PurgeOptions.defaults());
    assertThat(todos.pull().fetched()).isEqualTo(2);
    assertThat(all(todos)).extracting(Todo::id).containsExactly("t1", "t2");
  }

  @Test
  void filteredPullsKeepTheirOwnTokensAndRemoteQueriesPageBySkip() {
    SyncClient a = device("a");
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    for (int i = 0; i < 75; i++) {
      todosA.insert(Todo.of(String.format("t%03d", i), "item " + i).withComplete(i % 3 == 0));
    }
    a.push();
    OfflineTable<Todo> todosB = device("b").table(TodoTable.DEFINITION);

    PullResult done = todosB.pull(TodoTable.COMPLETE.isTrue(), "done");

    assertThat(done.fetched()).isEqualTo(25);
    assertThat(done.queryId()).isEqualTo("done");
    assertThat(todosB.pull().fetched()).isEqualTo(75);

    RemoteTable<Todo> remote = a.remoteTable(TodoTable.DEFINITION);
    Query open = Query.where(TodoTable.COMPLETE.isFalse()).orderBy(TodoTable.ID.desc());
    assertThat(remote.count(open)).isEqualTo(50);
    assertThat(remote.list(open)).hasSize(50).first().extracting(Todo::id).isEqualTo("t074");
    assertThat(remote.list(Query.all().orderBy(TodoTable.ID.asc()).skip(40).top(30)))
        .extracting(Todo::id).hasSize(30).startsWith("t040").endsWith("t069");
    assertThat(remote.list(Query.where(TodoTable.PRIORITY.ge(0).and(TodoTable.TITLE.in("item 1", "item 2")))))
        .extracting(Todo::id).containsExactlyInAnyOrder("t001", "t002");
  }

  @Test
  void theCreationTimeIsReadIntoAColumnThatDeclaresIt() {
    SyncClient client = open(SyncClient.builder().store(folder.resolve("created.db"))
        .tables(LegacyTodoTable.DEFINITION).endpoint(server.uri()).protocol(DatasyncProtocol.V2)
        .retryPolicy(RetryPolicy.never()));
    OfflineTable<LegacyTodo> todos = client.table(LegacyTodoTable.DEFINITION);
    todos.insert(new LegacyTodo("t1", "milk", false, 1, null, null, null));
    client.push();

    LegacyTodo stored = todos.get("t1").orElseThrow();
    todos.update(new LegacyTodo("t1", "oat milk", false, 1, stored.createdAt(), null, null));
    assertThat(client.push().isComplete()).isTrue();

    LegacyTodo updated = todos.get("t1").orElseThrow();
    assertThat(stored.createdAt()).isNotNull().isEqualTo(updated.createdAt());
    assertThat(updated.updatedAt()).isAfterOrEqualTo(stored.createdAt());
    assertThat(updated.version()).isEqualTo("Mg==");
  }
}
