package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.PurgeOptions;
import dev.offsync.PurgeOptions.DeltaTokenPolicy;
import dev.offsync.SyncClient;
import dev.offsync.query.Query;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 5: a purge's token policy never makes a pull skip another device's record: tokens come from
 * records pulls received, never from the device's own pushed rows nor its clock.
 */
class PurgeTokensIT {

  @TempDir
  Path folder;

  private Service service;
  private SyncClient a;
  private SyncClient b;

  @BeforeEach
  void start() {
    service = new Service(folder);
    b = service.device("b").build();
  }

  @AfterEach
  void stop() {
    a.close();
    b.close();
    service.close();
  }

  /** A purge that removes nothing (no row matches), with this token policy. */
  private static void purgeNothing(OfflineTable<Todo> todos, DeltaTokenPolicy policy) {
    todos.purge(Query.where(TodoTable.TITLE.eq("no such title")), PurgeOptions.defaults().withDeltaTokens(policy));
  }

  @Test
  void newestLocalNeverPassesAnotherDevicesUnpulledRecord() {
    a = service.device("a").build();
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    todosA.insert(Todo.of("first", "pulled"));
    todosA.pull();
    b.table(TodoTable.DEFINITION).insert(Todo.of("b1", "from b"));
    b.push();
    todosA.insert(Todo.of("a2", "pushed later"));
    a.push();

    purgeNothing(todosA, DeltaTokenPolicy.SET_TO_NEWEST_LOCAL);
    todosA.pull();

    assertThat(todosA.get("b1")).isPresent();
  }

  @Test
  void nowIsNotTheDevicesClockRunningADayAhead() {
    a = service.device("a").clock(Clock.offset(Clock.systemUTC(), Duration.ofDays(1))).build();
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    todosA.insert(Todo.of("first", "pulled"));
    todosA.pull();

    purgeNothing(todosA, DeltaTokenPolicy.SET_TO_NOW);
    b.table(TodoTable.DEFINITION).insert(Todo.of("b1", "from b"));
    b.push();
    todosA.pull();

    assertThat(todosA.get("b1")).isPresent();
  }

  @Test
  void nowStillSkipsWhatThePullsAlreadyReceived() {
    a = service.device("a").build();
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    todosA.insert(Todo.of("first", "pulled"));
    todosA.pull();
    todosA.purge(PurgeOptions.defaults().withDeltaTokens(DeltaTokenPolicy.SET_TO_NOW));

    todosA.pull();

    assertThat(todosA.get("first")).isEmpty();
  }
}
