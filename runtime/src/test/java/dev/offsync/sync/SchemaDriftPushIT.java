package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.OfflineTable;
import dev.offsync.PushResult;
import dev.offsync.errors.SchemaMismatchException;
import dev.offsync.errors.ServiceException;
import dev.offsync.SyncClient;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client whose model has a column the service lacks: the client refuses to push the table (it read the
 * service's description first), and a write that skips that check (a remote table) meets the reference server's
 * 400 naming the column; the value is never dropped silently, and the item stays queued.
 */
class SchemaDriftPushIT {

  @TempDir
  Path folder;

  @Test
  void aPushWithAColumnTheServiceLacksFailsNamingIt() {
    TableSchema withoutPriority = TableSchema.of("todoitems", TableSchema.of(TodoTable.DEFINITION).columns()
        .stream().filter(c -> !c.name().equals("priority")).toList());
    try (DatasyncServer server = DatasyncServer.builder().table(withoutPriority)
        .database("jdbc:sqlite:" + folder.resolve("service.db")).build().start();
        SyncClient client = SyncClient.builder().store(folder.resolve("device.db")).tables(TodoTable.DEFINITION)
            .endpoint(server.uri()).build()) {
      OfflineTable<Todo> todos = client.table(TodoTable.DEFINITION);
      todos.insert(Todo.of("t1", "milk"));

      PushResult result = todos.push();

      assertThat(result.failed()).isEmpty();
      assertThat(result.stoppedBy()).get().isInstanceOfSatisfying(SchemaMismatchException.class,
          e -> assertThat(e.columns()).containsExactly("priority"));
      assertThatThrownBy(() -> client.remoteTable(TodoTable.DEFINITION).insert(Todo.of("t2", "eggs")))
          .isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e).hasMessageContaining("'priority'");
          });
      assertThat(todos.pendingOperationCount()).isEqualTo(1);
    }
  }
}
