package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.conflict.Conflict;
import dev.offsync.conflict.ConflictResolver;
import dev.offsync.OfflineTable;
import dev.offsync.operations.OperationKind;
import dev.offsync.operations.OperationState;
import dev.offsync.operations.PendingOperation;
import dev.offsync.PushResult;
import dev.offsync.RemoteTable;
import dev.offsync.conflict.Resolution;
import dev.offsync.SyncClient;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two devices edit the same item; the second push meets the service's newer copy, and each policy decides.
 * Nothing is decided silently: every conflict reaches the resolver or stays failed with the server's copy.
 */
class ConflictIT {

  @TempDir
  Path folder;

  private Service service;
  private final List<SyncClient> clients = new ArrayList<>();
  private final List<Conflict<Todo>> seen = new ArrayList<>();
  private RemoteTable<Todo> remote;

  @BeforeEach
  void start() {
    service = new Service(folder);
  }

  @AfterEach
  void stop() {
    clients.forEach(SyncClient::close);
    service.close();
  }

  /** Device a wrote "milk" and pushed; b pulled it; a changed it to "oat milk" and pushed. Returns b's table. */
  private OfflineTable<Todo> changedOnAfterBPulled(ConflictResolver<Todo> resolver) {
    SyncClient a = open(service.device("a"));
    SyncClient b = open(resolver == null ? service.device("b") : service.device("b").conflictResolver(
        TodoTable.DEFINITION, conflict -> {
          seen.add(conflict);
          return resolver.resolve(conflict);
        }));
    remote = a.remoteTable(TodoTable.DEFINITION);
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    OfflineTable<Todo> todosB = b.table(TodoTable.DEFINITION);
    todosA.insert(Todo.of("t1", "milk"));
    a.push();
    todosB.pull();
    todosA.update(todosA.get("t1").orElseThrow().withTitle("oat milk"));
    a.push();
    return todosB;
  }

  /** As {@link #changedOnAfterBPulled}, then b changes its copy to "soy milk", priority 2. Returns b's table. */
  private OfflineTable<Todo> conflictOnB(ConflictResolver<Todo> resolver) {
    OfflineTable<Todo> todosB = changedOnAfterBPulled(resolver);
    todosB.update(todosB.get("t1").orElseThrow().withTitle("soy milk").withPriority(2));
    return todosB;
  }

  private SyncClient open(SyncClient.Builder builder) {
    SyncClient client = builder.build();
    clients.add(client);
    return client;
  }

  @Test
  void byDefaultTheConflictStaysFailedWithTheServersCopy() {
    OfflineTable<Todo> todos = conflictOnB(null);

    PushResult result = todos.push();

    assertThat(result.failed()).singleElement().satisfies(failed -> {
      assertThat(failed.status()).isEqualTo(412);
      assertThat(failed.operation().state()).isEqualTo(OperationState.FAILED);
      assertThat(failed.error()).contains("conflict");
    });
    assertThat(todos.get("t1").orElseThrow().title()).isEqualTo("soy milk");
    assertThat(remote.get("t1").orElseThrow().title()).isEqualTo("oat milk");
    assertThat(todos.pendingOperations()).singleElement()
        .extracting(PendingOperation::state).isEqualTo(OperationState.FAILED);
  }

  @Test
  void clientWinsSendsTheLocalChangeOverTheServersCopy() {
    OfflineTable<Todo> todos = conflictOnB(ConflictResolver.clientWins());

    PushResult result = todos.push();

    assertThat(result.isComplete()).isTrue();
    assertThat(result.resolvedConflicts()).isEqualTo(1);
    assertThat(seen).singleElement().satisfies(conflict -> {
      assertThat(conflict.clientItem().title()).isEqualTo("soy milk");
      assertThat(conflict.serverItem().title()).isEqualTo("oat milk");
      assertThat(conflict.status()).isEqualTo(412);
      assertThat(conflict.operation().kind()).isEqualTo(OperationKind.UPDATE);
    });
    Todo server = remote.get("t1").orElseThrow();
    assertThat(server.title()).isEqualTo("soy milk");
    assertThat(todos.get("t1").orElseThrow()).isEqualTo(server);
  }

  @Test
  void serverWinsTakesTheServersCopyAndDropsTheLocalChange() {
    OfflineTable<Todo> todos = conflictOnB(ConflictResolver.serverWins());

    PushResult result = todos.push();

    assertThat(result.isComplete()).isTrue();
    assertThat(todos.pendingOperations()).isEmpty();
    assertThat(todos.get("t1").orElseThrow()).isEqualTo(remote.get("t1").orElseThrow());
    assertThat(todos.get("t1").orElseThrow().title()).isEqualTo("oat milk");
  }

  @Test
  void aCustomResolverMergesBothSides() {
    OfflineTable<Todo> todos = conflictOnB(conflict -> Resolution.merged(
        conflict.serverItem().withPriority(conflict.clientItem().priority())));

    todos.push();

    Todo server = remote.get("t1").orElseThrow();
    assertThat(server.title()).isEqualTo("oat milk");
    assertThat(server.priority()).isEqualTo(2);
    assertThat(todos.get("t1").orElseThrow()).isEqualTo(server);
  }

  @Test
  void aMergedResolutionOfADeleteConflictIsStoredLocally() {
    OfflineTable<Todo> todosB = changedOnAfterBPulled(conflict -> Resolution.merged(
        conflict.serverItem().withPriority(7)));
    todosB.delete("t1");

    assertThat(todosB.push().isComplete()).isTrue();

    Todo server = remote.get("t1").orElseThrow();
    assertThat(server.title()).isEqualTo("oat milk");
    assertThat(server.priority()).isEqualTo(7);
    assertThat(todosB.get("t1")).contains(server);
    assertThat(todosB.pendingOperations()).isEmpty();
  }

  @Test
  void aFailedConflictCanBeSettledByHandLater() {
    OfflineTable<Todo> keep = conflictOnB(null);
    keep.push();
    PendingOperation failed = keep.pendingOperations().get(0);

    keep.keepServerCopy(failed);

    assertThat(keep.pendingOperations()).isEmpty();
    assertThat(keep.get("t1").orElseThrow().title()).isEqualTo("oat milk");
  }

  @Test
  void aFailedConflictCanBeRetriedWithANewItem() {
    OfflineTable<Todo> todos = conflictOnB(null);
    todos.push();
    PendingOperation failed = todos.pendingOperations().get(0);

    todos.retry(failed, todos.get("t1").orElseThrow().withTitle("oat and soy milk"));
    PushResult result = todos.push();

    assertThat(result.isComplete()).isTrue();
    assertThat(remote.get("t1").orElseThrow().title()).isEqualTo("oat and soy milk");
  }

  @Test
  void aDiscardedChangeRestoresTheLastKnownServerState() {
    OfflineTable<Todo> todos = conflictOnB(null);
    todos.push();

    todos.discard(todos.pendingOperations().get(0));

    assertThat(todos.pendingOperations()).isEmpty();
    assertThat(todos.get("t1").orElseThrow().title()).isEqualTo("oat milk");
  }

  @Test
  void anInsertOfAnIdTakenOnTheServiceIsAConflictToo() {
    SyncClient a = open(service.device("a"));
    SyncClient b = open(service.device("b").conflictResolver(TodoTable.DEFINITION, ConflictResolver.clientWins()));
    a.table(TodoTable.DEFINITION).insert(Todo.of("t1", "from a"));
    a.push();
    b.table(TodoTable.DEFINITION).insert(Todo.of("t1", "from b"));

    PushResult result = b.push();

    assertThat(result.resolvedConflicts()).isEqualTo(1);
    assertThat(a.remoteTable(TodoTable.DEFINITION).get("t1").orElseThrow().title()).isEqualTo("from b");
  }

  @Test
  void anInsertOfAnIdDeletedOnTheServiceRestoresItWhenTheClientWins() {
    SyncClient a = open(service.device("a"));
    SyncClient b = open(service.device("b").conflictResolver(TodoTable.DEFINITION, conflict -> {
      seen.add(conflict);
      return Resolution.clientWins();
    }));
    a.table(TodoTable.DEFINITION).insert(Todo.of("t1", "from a"));
    a.push();
    a.table(TodoTable.DEFINITION).delete("t1");
    a.push();
    b.table(TodoTable.DEFINITION).insert(Todo.of("t1", "from b"));

    PushResult result = b.push();

    assertThat(result.isComplete()).isTrue();
    assertThat(seen).singleElement().satisfies(conflict -> assertThat(conflict.status()).isEqualTo(409));
    Todo server = a.remoteTable(TodoTable.DEFINITION).get("t1").orElseThrow();
    assertThat(server.title()).isEqualTo("from b");
    assertThat(b.table(TodoTable.DEFINITION).get("t1").orElseThrow()).isEqualTo(server);
    assertThat(a.table(TodoTable.DEFINITION).pull().upserted()).isEqualTo(1);
  }

  @Test
  void anInsertOfAnIdDeletedOnTheServiceIsDroppedWhenTheServerWins() {
    SyncClient a = open(service.device("a"));
    SyncClient b = open(service.device("b").conflictResolver(TodoTable.DEFINITION, ConflictResolver.serverWins()));
    a.table(TodoTable.DEFINITION).insert(Todo.of("t1", "from a"));
    a.push();
    a.table(TodoTable.DEFINITION).delete("t1");
    a.push();
    b.table(TodoTable.DEFINITION).insert(Todo.of("t1", "from b"));

    PushResult result = b.push();

    assertThat(result.isComplete()).isTrue();
    assertThat(b.table(TodoTable.DEFINITION).get("t1")).isEmpty();
    assertThat(a.remoteTable(TodoTable.DEFINITION).get("t1")).isEmpty();
  }

  @Test
  void aResolverThatThrowsLeavesTheOperationFailed() {
    OfflineTable<Todo> todos = conflictOnB(conflict -> {
      throw new IllegalStateException("bug in the app's resolver");
    });

    PushResult result = todos.push();

    assertThat(result.failed()).singleElement().satisfies(f -> assertThat(f.error()).contains("resolver threw"));
    assertThat(todos.get("t1").orElseThrow().title()).isEqualTo("soy milk");
  }

  @Test
  void aConcurrentDeleteOnTheServiceMeetsALocalUpdate() {
    OfflineTable<Todo> todos = conflictOnB(null);
    remote.delete("t1");

    PushResult result = todos.push();

    assertThat(result.failed()).singleElement().satisfies(f -> assertThat(f.status()).isIn(404, 410, 412));
    assertThat(todos.get("t1")).isPresent();
  }
}
