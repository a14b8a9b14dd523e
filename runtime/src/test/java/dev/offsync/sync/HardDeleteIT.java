package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.SyncClient;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table without soft delete on the reference server: a delete pushed by one device reaches the others
 * through the server's tombstone, so no device keeps a row that the service deleted.
 */
class HardDeleteIT {

  @TempDir
  Path folder;

  private DatasyncServer server;
  private SyncClient a;
  private SyncClient b;

  @BeforeEach
  void start() {
    server = DatasyncServer.builder().table(TableSchema.of(TodoTable.DEFINITION))
        .database("jdbc:sqlite:" + folder.resolve("service.db")).build().start();
    a = device("a");
    b = device("b");
  }

  @AfterEach
  void stop() {
    a.close();
    b.close();
    server.stop();
  }

  private SyncClient device(String name) {
    return SyncClient.builder().store(folder.resolve(name + ".db")).tables(TodoTable.DEFINITION)
        .endpoint(server.uri()).build();
  }

  @Test
  void aRowDeletedByOneDeviceLeavesTheOthersAtTheirNextPull() {
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    OfflineTable<Todo> todosB = b.table(TodoTable.DEFINITION);
    todosA.insert(Todo.of("t1", "milk"));
    todosA.insert(Todo.of("t2", "bread"));
    todosA.push();
    todosB.pull();
    assertThat(todosB.get("t1")).isPresent();

    todosA.delete("t1");
    assertThat(todosA.push().isComplete()).isTrue();
    todosB.pull();

    assertThat(todosB.get("t1")).isEmpty();
    assertThat(todosB.get("t2")).isPresent();
  }

  @Test
  void aReCreatedItemReachesADeviceThatRemovedItsTombstone() {
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    OfflineTable<Todo> todosB = b.table(TodoTable.DEFINITION);
    todosA.insert(Todo.of("t1", "milk"));
    todosA.push();
    todosB.pull();
    todosA.delete("t1");
    todosA.push();
    todosB.pull();

    todosA.insert(Todo.of("t1", "oat milk"));
    assertThat(todosA.push().isComplete()).isTrue();
    todosB.pull();

    assertThat(todosB.get("t1")).map(Todo::title).contains("oat milk");
  }
}
