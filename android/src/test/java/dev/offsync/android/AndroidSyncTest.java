package dev.offsync.android;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.HttpEngine;
import dev.offsync.NetworkException;
import dev.offsync.OfflineTable;
import dev.offsync.OperationState;
import dev.offsync.PendingOperation;
import dev.offsync.PullResult;
import dev.offsync.PushResult;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;

/**
 * The sync essentials on the Android store over the OkHttp transport, against the reference server in this
 * process on 127.0.0.1, the way an app uses them: offline inserts pushed when the service is back, another
 * device pulling them, a restart keeping the queue, and a conflict kept until resolved.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = FrameworkSdks.API_LEVEL)
public class AndroidSyncTest {

  @Rule
  public final TemporaryFolder folder = new TemporaryFolder();

  private DatasyncServer server;
  private int port;
  private final List<SyncClient> clients = new ArrayList<>();

  @Before
  public void startService() {
    startServer();
  }

  @After
  public void stopService() {
    clients.forEach(SyncClient::close);
    server.stop();
  }

  private void startServer() {
    server = DatasyncServer.builder()
        .table(TableSchema.of(TodoTable.DEFINITION).withSoftDelete(true).withPageSize(5))
        .database("jdbc:sqlite:" + new File(folder.getRoot(), "service.db"))
        .port(port)
        .build();
    server.start();
    port = server.port();
  }

  /** A device whose store is an Android SQLite file; the same name again reopens it, as an app restart. */
  private SyncClient device(String name) {
    SyncClient client = SyncClient.builder()
        .store(AndroidStores.file(new File(folder.getRoot(), name + ".db")))
        .tables(TodoTable.DEFINITION)
        .endpoint(URI.create("http://127.0.0.1:" + port))
        .httpEngine(HttpEngine.okHttp())   // what an Android app ships (no java.net.http there)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(20))
        .retryPolicy(RetryPolicy.never())
        .build();
    clients.add(client);
    return client;
  }

  @Test
  public void offlineInsertsArePushedWhenTheServiceIsBackAndPulledByAnotherDevice() {
    SyncClient a = device("a");
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    server.stop();
    for (int i = 0; i < 12; i++) {
      todosA.insert(Todo.of(String.format("t%02d", i), "item " + i));
    }
    todosA.update(todosA.get("t01").orElseThrow().withTitle("changed offline"));
    todosA.delete("t02");
    PushResult offline = a.push();
    assertThat(offline.stoppedBy()).containsInstanceOf(NetworkException.class);
    assertThat(a.pendingOperationCount()).isEqualTo(11);

    startServer();
    assertThat(a.push().isComplete()).isTrue();
    assertThat(a.pendingOperationCount()).isZero();

    OfflineTable<Todo> todosB = device("b").table(TodoTable.DEFINITION);
    PullResult first = todosB.pull();
    assertThat(first.fetched()).isEqualTo(11);
    assertThat(todosB.get("t01").orElseThrow().title()).isEqualTo("changed offline");
    assertThat(todosB.get("t02")).isEmpty();

    todosA.update(todosA.get("t07").orElseThrow().withPriority(5));
    todosA.delete("t08");
    a.push();
    PullResult second = todosB.pull();
    assertThat(second.fetched()).isEqualTo(2);
    assertThat(second.deleted()).isEqualTo(1);
    assertThat(todosB.get("t07").orElseThrow().priority()).isEqualTo(5);
    assertThat(todosB.pull().fetched()).isZero();
  }

  @Test
  public void theQueueSurvivesARestartOfTheApp() {
    SyncClient b = device("b");
    server.stop();
    b.table(TodoTable.DEFINITION).insert(Todo.of("t1", "eggs"));
    b.close();

    startServer();
    SyncClient restarted = device("b");
    assertThat(restarted.pendingOperationCount()).isOne();
    assertThat(restarted.push().pushed()).isOne();
    assertThat(device("c").table(TodoTable.DEFINITION).pull().fetched()).isOne();
  }

  @Test
  public void aConflictStaysFailedUntilTheServersCopyIsKept() {
    OfflineTable<Todo> todosA = device("a").table(TodoTable.DEFINITION);
    SyncClient b = device("b");
    OfflineTable<Todo> todosB = b.table(TodoTable.DEFINITION);
    todosA.insert(Todo.of("t1", "milk").withNote("mine"));
    todosA.push();
    todosB.pull();

    todosB.update(todosB.get("t1").orElseThrow().withTitle("from b"));
    b.push();
    todosA.update(todosA.get("t1").orElseThrow().withTitle("from a"));
    PushResult conflicted = todosA.push();

    assertThat(conflicted.failed()).hasSize(1);
    PendingOperation failed = todosA.pendingOperations().get(0);
    assertThat(failed.state()).isEqualTo(OperationState.FAILED);
    assertThat(todosA.get("t1").orElseThrow().title()).isEqualTo("from a");

    todosA.keepServerCopy(failed);
    assertThat(todosA.pendingOperations()).isEmpty();
    Todo kept = todosA.get("t1").orElseThrow();
    assertThat(kept.title()).isEqualTo("from b");
    assertThat(kept.note()).isEqualTo("mine");
  }
}
