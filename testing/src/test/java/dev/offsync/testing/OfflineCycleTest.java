package dev.offsync.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.SyncClient;
import dev.offsync.testing.contract.Todo;
import dev.offsync.testing.contract.TodoTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/testing.md's first example: an offline cycle between two devices. */
class OfflineCycleTest {

  @RegisterExtension
  final OffsyncExtension offsync = OffsyncExtension.withTables(TodoTable.DEFINITION);

  @Test
  void anItemWrittenOfflineReachesTheOtherDevice() {
    SyncClient phone = offsync.device("phone");
    SyncClient laptop = offsync.device("laptop");
    offsync.service().stop();                                   // the phone is offline
    phone.table(TodoTable.DEFINITION).insert(Todo.of("milk", "Buy milk"));
    assertThat(phone.pendingOperationCount()).isOne();

    offsync.service().restart();                                // back online
    assertThat(phone.push().isComplete()).isTrue();
    OfflineTable<Todo> todos = laptop.table(TodoTable.DEFINITION);
    todos.pull();
    assertThat(todos.get("milk")).map(Todo::title).contains("Buy milk");
  }
}
