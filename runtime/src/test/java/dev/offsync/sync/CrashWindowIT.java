package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.PushResult;
import dev.offsync.SyncClient;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 3: a crash after the service committed an operation but before the client did re-sends it, and
 * the re-send is recognised, so the effect happens once and no conflict is reported. The crash is made real
 * by restoring the device's store file as it was before the push, after the service has applied it.
 */
class CrashWindowIT {

  private static final List<String> STORE_FILES = List.of("a.db", "a.db-wal", "a.db-shm");

  @TempDir
  Path folder;

  private Service service;
  private SyncClient client;

  @BeforeEach
  void start() {
    service = new Service(folder);
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    service.close();
  }

  private OfflineTable<Todo> open() {
    client = service.device("a").build();
    return client.table(TodoTable.DEFINITION);
  }

  /** Makes a change, pushes it, then puts the store back as it was before the push: the service keeps it. */
  private OfflineTable<Todo> crashAfterServiceCommit(Consumer<OfflineTable<Todo>> change) throws IOException {
    change.accept(open());
    client.close();
    Path snapshot = Files.createDirectory(folder.resolve("snapshot-" + System.nanoTime()));
    copy(folder, snapshot);
    PushResult pushed = open().push();
    assertThat(pushed.isComplete()).isTrue();
    client.close();
    for (String name : STORE_FILES) {
      Files.deleteIfExists(folder.resolve(name));
    }
    copy(snapshot, folder);
    return open();
  }

  /** An item already on the service and in the store, with nothing queued; the client is closed. */
  private void pushedItem(String id, String title) {
    open().insert(Todo.of(id, title));
    client.push();
    client.close();
  }

  private static void copy(Path from, Path to) throws IOException {
    for (String name : STORE_FILES) {
      if (Files.exists(from.resolve(name))) {
        Files.copy(from.resolve(name), to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @Test
  void aResentInsertIsRecognisedAndCompletes() throws IOException {
    OfflineTable<Todo> todos = crashAfterServiceCommit(t -> t.insert(Todo.of("t1", "milk")));
    assertThat(todos.pendingOperationCount()).isEqualTo(1);

    PushResult again = todos.push();

    assertThat(again.isComplete()).isTrue();
    assertThat(again.resolvedConflicts()).isZero();
    assertThat(todos.pendingOperations()).isEmpty();
    assertThat(todos.get("t1").orElseThrow()).isEqualTo(
        client.remoteTable(TodoTable.DEFINITION).get("t1").orElseThrow());
  }

  @Test
  void aResentUpdateIsRecognisedAndCompletes() throws IOException {
    pushedItem("t1", "milk");

    OfflineTable<Todo> todos = crashAfterServiceCommit(
        t -> t.update(t.get("t1").orElseThrow().withTitle("oat milk")));
    PushResult again = todos.push();

    assertThat(again.isComplete()).isTrue();
    assertThat(again.resolvedConflicts()).isZero();
    Todo server = client.remoteTable(TodoTable.DEFINITION).get("t1").orElseThrow();
    assertThat(server.title()).isEqualTo("oat milk");
    assertThat(todos.get("t1").orElseThrow()).isEqualTo(server);
  }

  @Test
  void aResentDeleteIsRecognisedAndCompletes() throws IOException {
    pushedItem("t1", "milk");

    OfflineTable<Todo> todos = crashAfterServiceCommit(t -> t.delete("t1"));
    PushResult again = todos.push();

    assertThat(again.isComplete()).isTrue();
    assertThat(todos.pendingOperations()).isEmpty();
    assertThat(client.remoteTable(TodoTable.DEFINITION).get("t1")).isEmpty();
  }

  @Test
  void aChangeThatReallyDiffersIsStillAConflict() throws IOException {
    pushedItem("t1", "milk");

    OfflineTable<Todo> todos = crashAfterServiceCommit(
        t -> t.update(t.get("t1").orElseThrow().withTitle("oat milk")));
    todos.update(todos.get("t1").orElseThrow().withTitle("soy milk"));
    PushResult again = todos.push();

    assertThat(again.failed()).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(412));
  }
}
