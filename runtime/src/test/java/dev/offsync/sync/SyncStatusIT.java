package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.errors.NetworkException;
import dev.offsync.OfflineTable;
import dev.offsync.SyncClient;
import dev.offsync.status.SyncEvent;
import dev.offsync.status.SyncStatus;
import dev.offsync.status.SyncStatus.Activity;
import dev.offsync.status.SyncStatus.Connectivity;
import dev.offsync.testing.Deliveries;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync status through a real push, pull, conflict and outage against the reference server. */
class SyncStatusIT {

  @TempDir
  Path folder;

  private Service service;

  @BeforeEach
  void start() {
    service = new Service(folder);
  }

  @AfterEach
  void stop() {
    service.close();
  }

  private SyncClient device(SyncClient.Builder builder) {
    return service.open(builder);
  }

  @Test
  void followsTheQueuePushesPullsAndAnOutage() {
    List<Optional<Activity>> duringSync = new ArrayList<>();
    SyncClient[] holder = new SyncClient[1];
    SyncClient a = device(service.device("a").listener(event -> {
      if (event instanceof SyncEvent.PushItem || event instanceof SyncEvent.ItemsCommitted) {
        duringSync.add(holder[0].status().activity());
      }
    }));
    holder[0] = a;
    assertThat(a.status().connectivity()).isEqualTo(Connectivity.UNKNOWN);
    Deliveries<SyncStatus> seen = new Deliveries<>();
    a.observeStatus(seen);
    OfflineTable<Todo> todos = a.table(TodoTable.DEFINITION);
    todos.insert(Todo.of("x", "Milk"));
    todos.insert(Todo.of("y", "Bread"));
    assertThat(seen.awaitLast(status -> status.pendingOperations() == 2).pendingByTable())
        .isEqualTo(Map.of("todoitems", 2L));

    a.push();
    SyncStatus pushed = seen.awaitLast(status -> status.pendingOperations() == 0 && status.activity().isEmpty());
    assertThat(pushed.connectivity()).isEqualTo(Connectivity.ONLINE);
    assertThat(pushed.activity()).isEmpty();
    todos.pull();
    assertThat(seen.awaitLast(status -> status.lastSyncByTable().containsKey("todoitems")).lastFailure()).isEmpty();
    assertThat(duringSync).hasSize(3).allMatch(Optional::isPresent);
    assertThat(duringSync.get(1).get().kind()).isEqualTo(Activity.Kind.PUSHING);
    assertThat(duringSync.get(1).get().done()).isEqualTo(2);
    assertThat(duringSync.get(2).get().kind()).isEqualTo(Activity.Kind.PULLING);

    service.stop();
    todos.insert(Todo.of("z", "Tea"));
    assertThat(a.push().stoppedBy()).containsInstanceOf(NetworkException.class);
    SyncStatus offline = seen.awaitLast(status -> status.connectivity() == Connectivity.OFFLINE);
    assertThat(offline.lastFailure()).hasValueSatisfying(failure -> assertThat(failure.table()).isEmpty());
    assertThatThrownBy(todos::pull).isInstanceOf(NetworkException.class);
    assertThat(seen.awaitLast(status -> status.lastFailure().flatMap(SyncStatus.Failure::table).isPresent())
        .connectivity()).isEqualTo(Connectivity.OFFLINE);
    service.start();
    a.push();
    assertThat(seen.awaitLast(status -> status.connectivity() == Connectivity.ONLINE).pendingOperations()).isZero();
  }

  @Test
  void countsFailedOperations() {
    SyncClient a = device(service.device("a"));
    SyncClient b = device(service.device("b"));
    a.table(TodoTable.DEFINITION).insert(Todo.of("same", "From a"));
    a.push();
    b.table(TodoTable.DEFINITION).insert(Todo.of("same", "From b"));
    b.push();
    SyncStatus status = b.status();
    assertThat(status.failedOperations()).isEqualTo(1);
    assertThat(status.pendingByTable()).isEqualTo(Map.of("todoitems", 1L));
    assertThat(status.connectivity()).isEqualTo(Connectivity.ONLINE);
  }
}
