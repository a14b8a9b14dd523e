package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.AutoSyncOptions;
import dev.offsync.OfflineTable;
import dev.offsync.Subscription;
import dev.offsync.SyncClient;
import dev.offsync.status.SyncStatus;
import dev.offsync.status.SyncStatus.Connectivity;
import dev.offsync.testing.Deliveries;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Auto sync by polling between two devices and the reference server, through an outage. */
class AutoSyncIT {

  private static final AutoSyncOptions FAST =
      new AutoSyncOptions(Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMillis(400));

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

  private SyncClient device(String name) {
    return service.open(service.device(name));
  }

  @Test
  void aWriteOnOneDeviceReachesTheOthersLiveQueryAcrossAnOutage() throws Exception {
    SyncClient a = device("a");
    SyncClient b = device("b");
    Subscription autoA = a.startAutoSync(FAST);
    b.startAutoSync(FAST);
    Deliveries<Optional<Todo>> onB = new Deliveries<>();
    b.table(TodoTable.DEFINITION).observe("x", onB);
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    todosA.insert(Todo.of("x", "Milk"));
    assertThat(onB.awaitLast(Optional::isPresent).get().title()).isEqualTo("Milk");

    Deliveries<SyncStatus> statusA = new Deliveries<>();
    a.observeStatus(statusA);
    service.stop();
    todosA.update(todosA.get("x").orElseThrow().withTitle("Oat milk"));
    statusA.awaitLast(status -> status.connectivity() == Connectivity.OFFLINE && status.pendingOperations() == 1);
    service.start();
    assertThat(onB.awaitLast(item -> item.map(Todo::title).orElse("").equals("Oat milk"))).isPresent();
    statusA.awaitLast(status -> status.connectivity() == Connectivity.ONLINE && status.pendingOperations() == 0);

    autoA.cancel();
    assertThat(autoA.isActive()).isFalse();
    a.close();
    b.close();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals("offsync-auto-sync")) {
        thread.join(TimeUnit.SECONDS.toMillis(20));
      }
    }
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
        thread -> thread.getName().equals("offsync-auto-sync") && thread.isAlive());
  }
}
