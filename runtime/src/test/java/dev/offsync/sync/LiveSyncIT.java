package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.errors.PendingOperationsException;
import dev.offsync.PurgeOptions;
import dev.offsync.SyncClient;
import dev.offsync.testing.Deliveries;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live queries fed by sync against the reference server: pulled pages, push answers, purges, concurrency. */
class LiveSyncIT {

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

  private OfflineTable<Todo> device(String name) {
    return service.open(service.device(name)).table(TodoTable.DEFINITION);
  }

  @Test
  void pulledPagesPushAnswersAndPurgesReachLiveQueries() {
    OfflineTable<Todo> a = device("a");
    OfflineTable<Todo> b = device("b");
    Deliveries<Optional<Todo>> onA = new Deliveries<>();
    a.observe("x", onA);
    a.insert(Todo.of("x", "Milk"));
    assertThat(onA.awaitLast(Optional::isPresent).get().version()).isNull();
    a.push();
    // The push's answer writes the service's version back: the live item shows it.
    assertThat(onA.awaitLast(item -> item.map(Todo::version).isPresent()).get().title()).isEqualTo("Milk");

    Deliveries<List<Todo>> onB = new Deliveries<>();
    b.query().observe(onB);
    onB.awaitCount(1);
    for (int i = 0; i < 120; i++) {
      a.insert(Todo.of("p" + i, "Page item " + i));
    }
    a.push();
    b.pull();
    assertThat(onB.awaitLast(items -> items.size() == 121)).hasSize(121);
    b.purge(PurgeOptions.force());
    assertThat(onB.awaitLast(List::isEmpty)).isEmpty();
  }

  @Test
  void afterConcurrentWritersAndPullsTheLastDeliveryIsTheCommittedState() throws Exception {
    OfflineTable<Todo> a = device("a");
    OfflineTable<Todo> b = device("b");
    Deliveries<List<Todo>> onB = new Deliveries<>();
    b.query().observe(onB);
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      CompletableFuture<Void> remote = CompletableFuture.runAsync(() -> writeAndPush(a, "a", 150), threads);
      CompletableFuture<Void> local1 = CompletableFuture.runAsync(() -> write(b, "b1-", 100), threads);
      CompletableFuture<Void> local2 = CompletableFuture.runAsync(() -> write(b, "b2-", 100), threads);
      for (int i = 0; i < 50 && !remote.isDone(); i++) {
        pullOnce(b);
      }
      CompletableFuture.allOf(remote, local1, local2).get(60, TimeUnit.SECONDS);
      b.push();
      pullOnce(b);
    } finally {
      threads.shutdownNow();
    }
    List<Todo> committed = b.query().list();
    assertThat(committed).hasSize(350);
    assertThat(onB.awaitLast(items -> items.equals(committed))).isEqualTo(committed);
  }

  private static void writeAndPush(OfflineTable<Todo> table, String prefix, int count) {
    for (int i = 0; i < count; i += 10) {
      write(table, prefix + i + "-", 10);
      table.push();
    }
  }

  private static void write(OfflineTable<Todo> table, String prefix, int count) {
    for (int i = 0; i < count; i++) {
      table.insert(Todo.of(prefix + i, "Item " + prefix + i));
    }
  }

  private static void pullOnce(OfflineTable<Todo> table) {
    try {
      table.pull();
    } catch (PendingOperationsException busy) {
      // Local writers queued more after the implicit push; the next round pulls.
    }
  }
}
