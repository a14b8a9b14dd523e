package dev.offsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.errors.StoreException;
import dev.offsync.errors.StoreKeyException;
import dev.offsync.internal.store.sqlite.SqliteStore;
import dev.offsync.internal.store.sqlite.SqliteStoreConfig;
import dev.offsync.operations.OperationKind;
import dev.offsync.operations.PendingOperation;
import dev.offsync.store.KeySupplier;
import dev.offsync.store.LocalStoreFactory;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the store in the builder: a factory's store, the encryption key's rules, refused builds. */
class ClientStoreTest {

  @TempDir
  Path folder;

  @Test
  void aClientKeepsItsDataInTheStoreOfAFactoryAndClosesIt() {
    Path file = folder.resolve("own.db");
    AtomicInteger opened = new AtomicInteger();
    LocalStoreFactory own = (tables, clock) -> {
      opened.incrementAndGet();
      return SqliteStore.open(SqliteStoreConfig.file(file), tables, clock);
    };
    try (SyncClient client = SyncClient.builder().store(own).tables(TodoTable.DEFINITION).build()) {
      client.table(TodoTable.DEFINITION).insert(Todo.of("a", "Milk"));
    }
    try (SyncClient again = SyncClient.builder().store(own).tables(TodoTable.DEFINITION).build()) {
      assertThat(again.table(TodoTable.DEFINITION).get("a")).map(Todo::title).contains("Milk");
      assertThat(again.pendingOperations()).extracting(PendingOperation::kind).containsExactly(OperationKind.INSERT);
    }
    assertThat(opened).hasValue(2);
  }

  @Test
  void aRefusedBuildLeavesNoStoreOpen() {
    Path file = folder.resolve("store.db");
    assertThatThrownBy(() -> SyncClient.builder().store(file).tables(TodoTable.DEFINITION)
        .authentication(refresh -> "token").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no endpoint");

    TestClients.open(file, TodoTable.DEFINITION).close();
  }

  @Test
  void anEncryptionKeyAppliesToAStoreFileOnly() {
    KeySupplier key = () -> "secret".toCharArray();
    assertThatThrownBy(() -> SyncClient.builder().inMemoryStore().encryptionKey(key)
        .tables(TodoTable.DEFINITION).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("never written to disk");
    assertThatThrownBy(() -> SyncClient.builder().store((tables, clock) -> null).encryptionKey(key)
        .tables(TodoTable.DEFINITION).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("store(Path)");
  }

  @Test
  void aKeyWithThePlainDriverFailsAtOnceNamingTheDriverToUse() {
    Path file = folder.resolve("secret.db");
    AtomicInteger asked = new AtomicInteger();
    KeySupplier key = () -> {
      asked.incrementAndGet();
      return "secret".toCharArray();
    };

    assertThatThrownBy(() -> SyncClient.builder().store(file).encryptionKey(key).tables(TodoTable.DEFINITION)
        .build())
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("io.github.willena:sqlite-jdbc")
        .hasMessageContaining("org.xerial:sqlite-jdbc");
    assertThat(asked).hasValue(0);
    TestClients.open(file, TodoTable.DEFINITION).close();
  }

  @Test
  void aFileThatCannotBeReadIsAKeyErrorAndStaysUnchanged() throws Exception {
    Path file = folder.resolve("noise.db");
    byte[] noise = new byte[8192];
    new java.util.Random(11).nextBytes(noise);
    Files.write(file, noise);

    assertThatThrownBy(() -> TestClients.open(file, TodoTable.DEFINITION))
        .isInstanceOf(StoreKeyException.class).hasMessageContaining("or it is encrypted");
    assertThat(Files.readAllBytes(file)).isEqualTo(noise);
    assertThat(new String(noise, StandardCharsets.ISO_8859_1)).doesNotStartWith("SQLite format 3");
  }
}
