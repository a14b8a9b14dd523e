package dev.offsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One store per user: safe, distinct file names; a wipe that keeps unpushed changes unless forced. */
class UserStoresTest {

  @TempDir
  Path folder;

  @Test
  void userIdsMapToSafeDistinctFileNamesInTheFolder() {
    UserStores users = UserStores.in(folder);
    List<String> ids = List.of("alice@example.com", "Alice@example.com", "../../etc/passwd", "CON", "日本",
        "a/b", "a\\b", "ab");
    List<Path> files = ids.stream().map(users::storeFile).toList();

    assertThat(files).doesNotHaveDuplicates();
    for (Path file : files) {
      assertThat(file.getParent()).isEqualTo(folder);
      assertThat(file.getFileName().toString()).matches("user-[a-z0-9]*-?[0-9a-f]{16}\\.db");
    }
    assertThat(users.storeFile("alice@example.com")).isEqualTo(users.storeFile("alice@example.com"));
    // The name is a user's store for good: SHA-256's first 8 bytes in hex, the same on every version.
    assertThat(users.storeFile("alice@example.com").getFileName().toString())
        .isEqualTo("user-aliceexamplecom-ff8d9819fc0e12bf.db");
    assertThatThrownBy(() -> users.storeFile("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWipeIsRefusedWhileChangesAreUnpushedAndForcedDeletesEveryFile() throws Exception {
    UserStores users = UserStores.in(folder);
    try (SyncClient client = users.configure(SyncClient.builder(), "alice").tables(TodoTable.DEFINITION).build()) {
      client.table(TodoTable.DEFINITION).insert(Todo.of("a", "secret"));
      assertThatThrownBy(() -> users.wipe("alice", true))
          .isInstanceOf(StoreException.class).hasMessageContaining("is locked");
    }

    assertThatThrownBy(() -> users.wipe("alice"))
        .isInstanceOf(PendingOperationsException.class).hasMessageContaining("1 operation not yet pushed");
    assertThat(users.storeFile("alice")).exists();
    assertThat(StoreFiles.pendingOperationCount(users.storeFile("alice"), null)).isOne();

    assertThat(users.wipe("alice", true)).isTrue();
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left).isEmpty();
    }
    assertThat(users.wipe("alice")).isFalse();
  }

  @Test
  void aStoreWithNothingToPushIsWipedAndTheNextUserStartsEmpty() {
    UserStores users = UserStores.in(folder);
    try (SyncClient client = users.configure(SyncClient.builder(), "bob").tables(TodoTable.DEFINITION).build()) {
      TestClients.pulled(client, TodoTable.DEFINITION, Todo.of("a", "bob's"), java.time.Instant.EPOCH, "v1");
    }
    assertThat(users.wipe("bob")).isTrue();

    try (SyncClient client = users.configure(SyncClient.builder(), "bob").tables(TodoTable.DEFINITION).build()) {
      assertThat(client.table(TodoTable.DEFINITION).query().count()).isZero();
    }
    try (SyncClient other = users.configure(SyncClient.builder(), "carol").tables(TodoTable.DEFINITION).build()) {
      assertThat(other.table(TodoTable.DEFINITION).query().count()).isZero();
    }
  }
}
