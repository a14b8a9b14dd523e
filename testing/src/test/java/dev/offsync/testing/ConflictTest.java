package dev.offsync.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.conflict.ConflictResolver;
import dev.offsync.OfflineTable;
import dev.offsync.SyncClient;
import dev.offsync.testing.contract.Todo;
import dev.offsync.testing.contract.TodoTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/testing.md's second example: two devices edit one item; the service's copy wins. */
class ConflictTest {

  @RegisterExtension
  final OffsyncExtension offsync = OffsyncExtension.withTables(TodoTable.DEFINITION);

  @Test
  void theSecondEditConflictsAndTheServerCopyWins() {
    SyncClient phone = offsync.device("phone");
    SyncClient laptop = offsync.device("laptop",
        builder -> builder.conflictResolver(TodoTable.DEFINITION, ConflictResolver.serverWins()));
    phone.table(TodoTable.DEFINITION).insert(Todo.of("milk", "Buy milk"));
    phone.push();
    OfflineTable<Todo> mine = laptop.table(TodoTable.DEFINITION);
    mine.pull();

    phone.table(TodoTable.DEFINITION).update(Todo.of("milk", "Buy oat milk"));
    phone.push();
    mine.update(Todo.of("milk", "Buy soy milk"));               // edits the copy the service replaced
    assertThat(laptop.push().resolvedConflicts()).isOne();
    assertThat(mine.get("milk")).map(Todo::title).contains("Buy oat milk");
  }
}
