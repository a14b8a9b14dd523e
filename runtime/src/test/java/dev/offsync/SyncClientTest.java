package dev.offsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.errors.StoreException;
import dev.offsync.internal.ClientAccess;
import dev.offsync.internal.ClientOptions;
import dev.offsync.operations.OperationKind;
import dev.offsync.operations.OperationState;
import dev.offsync.operations.PendingOperation;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.testing.HandWrittenDefinition;
import dev.offsync.testing.Tag;
import dev.offsync.testing.TagTable;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncClientTest {

  @TempDir
  Path folder;

  @Test
  void pushParallelismIsOneTo64() {
    assertThatThrownBy(() -> SyncClient.builder().pushParallelism(65))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Push parallelism must be 1 to 64, was 65");
    assertThatThrownBy(() -> SyncClient.builder().pushParallelism(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Push parallelism must be 1 to 64, was 0");
    SyncClient.builder().pushParallelism(64).pushParallelism(1);
  }

  @Test
  void buildingNeedsAStoreAndTables() {
    assertThatThrownBy(() -> SyncClient.builder().tables(TodoTable.DEFINITION).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("store(Path)");
    assertThatThrownBy(() -> SyncClient.builder().store(folder.resolve("a.db")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tables(...)");
  }

  @Test
  void twoModelsForOneTableAreRefused() {
    TableDefinition<String> other = HandWrittenDefinition.builder("todoitems", String.class)
        .column("title", ColumnType.STRING, true, s -> s)
        .system(s -> SystemProperties.local(s), false, false)
        .factory((system, values) -> system.id())
        .build();

    assertThatThrownBy(() -> SyncClient.builder().store(folder.resolve("a.db")).tables(TodoTable.DEFINITION, other)
        .build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Two definitions for table 'todoitems'");
  }

  @Test
  void theEndpointMustBeAnAbsoluteHttpUri() {
    assertThatThrownBy(() -> SyncClient.builder().endpoint(URI.create("/relative")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute http or https URI");
    assertThatThrownBy(() -> SyncClient.builder().endpoint(URI.create("ftp://host/")))
        .isInstanceOf(IllegalArgumentException.class);
    try (SyncClient client = SyncClient.builder().store(folder.resolve("a.db")).tables(TodoTable.DEFINITION)
        .endpoint(URI.create("http://127.0.0.1:8080")).build()) {
      assertThat(client.endpoint()).contains(URI.create("http://127.0.0.1:8080"));
    }
  }

  @Test
  void anUnknownTableIsAClearError() {
    try (SyncClient client = TestClients.open(folder.resolve("a.db"), TodoTable.DEFINITION)) {
      assertThatThrownBy(() -> client.table(TagTable.DEFINITION))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Table 'tags' is not part of this SyncClient").hasMessageContaining("[todoitems]");
    }
  }

  @Test
  void everyCallAfterCloseIsAStoreExceptionAndTheFileIsReleased() {
    Path file = folder.resolve("a.db");
    SyncClient client = TestClients.open(file, TodoTable.DEFINITION);
    OfflineTable<Todo> todos = client.table(TodoTable.DEFINITION);
    todos.insert(Todo.of("a", "A"));
    client.close();
    client.close();

    assertThatThrownBy(() -> todos.insert(Todo.of("b", "B")))
        .isInstanceOf(StoreException.class).hasMessageContaining("is closed");
    assertThatThrownBy(() -> todos.get("a")).isInstanceOf(StoreException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> todos.query().list()).isInstanceOf(StoreException.class);
    assertThatThrownBy(client::pendingOperations).isInstanceOf(StoreException.class);

    try (SyncClient again = TestClients.open(file, TodoTable.DEFINITION)) {
      assertThat(again.table(TodoTable.DEFINITION).get("a")).map(Todo::title).contains("A");
      assertThat(again.pendingOperationCount()).isOne();
    }
  }

  @Test
  void aSecondClientOnTheSameFileFailsFast() {
    Path file = folder.resolve("a.db");
    try (SyncClient first = TestClients.open(file, TodoTable.DEFINITION)) {
      assertThatThrownBy(() -> TestClients.open(folder.resolve(".").resolve("a.db"), TodoTable.DEFINITION))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is locked").hasMessageContaining("another SyncClient in this process");
      first.table(TodoTable.DEFINITION).insert(Todo.of("still", "works"));
    }
    try (SyncClient second = TestClients.open(file, TodoTable.DEFINITION)) {
      assertThat(second.table(TodoTable.DEFINITION).get("still")).isPresent();
    }
  }

  @Test
  void aStoreLockedByAnotherProgramFailsAfterTheBusyTimeout() throws Exception {
    Path file = folder.resolve("a.db");
    TestClients.open(file, TodoTable.DEFINITION).close();
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = other.createStatement()) {
      statement.execute("BEGIN IMMEDIATE");
      assertThatThrownBy(() -> ClientAccess.build(SyncClient.builder().store(file).tables(TodoTable.DEFINITION),
          ClientOptions.DEFAULTS.withBusyTimeout(Duration.ofMillis(200))))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("locked by another process");
      statement.execute("ROLLBACK");
    }
    TestClients.open(file, TodoTable.DEFINITION).close();
  }

  @Test
  void aFileThatIsNotADatabaseIsRefusedUnchanged() throws Exception {
    Path file = folder.resolve("notes.txt");
    byte[] text = "These are my notes, not a database. ".repeat(40).getBytes(StandardCharsets.UTF_8);
    Files.write(file, text);

    assertThatThrownBy(() -> TestClients.open(file, TodoTable.DEFINITION))
        .isInstanceOf(StoreException.class).hasMessageContaining("is not a SQLite database");
    assertThat(Files.readAllBytes(file)).isEqualTo(text);
  }

  @Test
  void aDatabaseOfAnotherApplicationIsRefusedUnchanged() throws Exception {
    Path file = folder.resolve("other.db");
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = other.createStatement()) {
      statement.execute("CREATE TABLE customers (name TEXT)");
    }

    assertThatThrownBy(() -> TestClients.open(file, TodoTable.DEFINITION))
        .isInstanceOf(StoreException.class).hasMessageContaining("another application, not an Offsync store");
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = other.createStatement()) {
      assertThat(statement.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("delete");
      assertThat(statement.executeQuery("SELECT COUNT(*) FROM sqlite_master").getInt(1)).isOne();
    }
  }

  @Test
  void aStoreWrittenByANewerVersionIsRefused() throws Exception {
    Path file = folder.resolve("a.db");
    TestClients.open(file, TodoTable.DEFINITION).close();
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = other.createStatement()) {
      statement.execute("UPDATE __schema SET formatVersion = 99");
    }

    assertThatThrownBy(() -> TestClients.open(file, TodoTable.DEFINITION))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("newer version of Offsync (store format 99)")
        .hasMessageContaining("reads format 1");
  }

  @Test
  void tablesChangedOutsideOffsyncAreRefused() throws Exception {
    Path file = folder.resolve("a.db");
    TestClients.open(file, TodoTable.DEFINITION).close();
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = other.createStatement()) {
      statement.execute("DROP TABLE todoitems");
      statement.execute("CREATE TABLE tags (id TEXT)");
    }

    assertThatThrownBy(() -> TestClients.open(file, TodoTable.DEFINITION))
        .isInstanceOf(StoreException.class).hasMessageContaining("records table 'todoitems' but the table is missing");
    assertThatThrownBy(() -> TestClients.open(file, TagTable.DEFINITION))
        .isInstanceOf(StoreException.class).hasMessageContaining("has a table 'tags' that Offsync did not create");
  }

  @Test
  void aMissingFolderIsAClearError() {
    assertThatThrownBy(() -> TestClients.open(folder.resolve("missing").resolve("a.db"), TodoTable.DEFINITION))
        .isInstanceOf(StoreException.class).hasMessageContaining("folder exists");
  }

  @Test
  void openingCreatesTheSystemTablesInWalMode() throws Exception {
    Path file = folder.resolve("a.db");
    TestClients.open(file, TodoTable.DEFINITION).close();

    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = other.createStatement()) {
      assertThat(statement.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
      var tables = statement.executeQuery("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master"
          + " WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name)").getString(1);
      assertThat(tables).isEqualTo("__deltatokens,__operations,__schema,todoitems");
      var indexes = statement.executeQuery("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master"
          + " WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)").getString(1);
      assertThat(indexes).isEqualTo("todoitems_complete,todoitems_updatedAt");
      var schema = statement.executeQuery("SELECT schemaHash, formatVersion FROM __schema WHERE \"table\" ="
          + " 'todoitems'");
      assertThat(schema.getString(1)).isEqualTo(TodoTable.DEFINITION.schemaHash());
      assertThat(schema.getInt(2)).isOne();
    }
  }

  @Test
  void pendingOperationsAreCountedPerTableAndOverall() {
    try (SyncClient client = TestClients.open(folder.resolve("a.db"), TodoTable.DEFINITION, TagTable.DEFINITION)) {
      OfflineTable<Todo> todos = client.table(TodoTable.DEFINITION);
      todos.insert(Todo.of("a", "A"));
      todos.insert(Todo.of("b", "B"));
      todos.delete("b");
      todos.insert(Todo.of("c", "C"));
      client.table(TagTable.DEFINITION).insert(Tag.of("red"));

      assertThat(client.pendingOperationCount()).isEqualTo(3);
      assertThat(client.pendingOperationCounts()).isEqualTo(Map.of("todoitems", 2L, "tags", 1L));
      assertThat(todos.pendingOperationCount()).isEqualTo(2);
      assertThat(client.pendingOperations()).extracting(PendingOperation::table, PendingOperation::itemId,
              PendingOperation::kind, PendingOperation::state, PendingOperation::attempts,
              PendingOperation::lastError)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("todoitems", "a", OperationKind.INSERT, OperationState.PENDING,
                  0, null),
              org.assertj.core.groups.Tuple.tuple("todoitems", "c", OperationKind.INSERT, OperationState.PENDING,
                  0, null),
              org.assertj.core.groups.Tuple.tuple("tags", "red", OperationKind.INSERT, OperationState.PENDING,
                  0, null));
      assertThat(client.pendingOperations()).extracting(PendingOperation::sequence).isSorted();
      assertThat(todos.pendingOperations()).extracting(PendingOperation::itemId).containsExactly("a", "c");
    }
  }
}
