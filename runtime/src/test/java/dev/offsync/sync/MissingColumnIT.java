package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.SyncClient;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 3 (second half): a service that lacks a column of the model and offers no description to
 * check it against (here the reference server with {@code todoitems} lacking {@code priority}, ignoring unknown
 * fields, behind a proxy that answers {@code /openapi.json} with 404, as a CommunityToolkit server does). Its
 * answers and pages lack the field: neither a push's answer nor a pulled page writes a default over the
 * device's value; a row new to the device gets the column's default.
 */
class MissingColumnIT {

  @TempDir
  Path folder;

  private DatasyncServer server;
  private AnswerLosingProxy proxy;
  private SyncClient a;
  private SyncClient b;

  @BeforeEach
  void start() throws Exception {
    List<ColumnDefinition> columns = TodoTable.DEFINITION.columns().stream()
        .filter(column -> !column.localOnly() && !column.name().equals("priority")).toList();
    server = DatasyncServer.builder().table(TableSchema.of(TodoTable.DEFINITION.tableName(), columns))
        .ignoreUnknownFields(true).database("jdbc:sqlite:" + folder.resolve("service.db")).build().start();
    proxy = new AnswerLosingProxy(server.uri());
    proxy.hideDescription();
    a = device("a");
    b = device("b");
  }

  private SyncClient device(String name) {
    return SyncClient.builder().store(folder.resolve(name + ".db")).tables(TodoTable.DEFINITION)
        .endpoint(proxy.uri()).retryPolicy(dev.offsync.RetryPolicy.never()).build();
  }

  @AfterEach
  void stop() throws Exception {
    a.close();
    b.close();
    proxy.close();
    server.stop();
  }

  @Test
  void aPushAnswerWithoutTheFieldKeepsTheLocalValue() {
    OfflineTable<Todo> todosB = b.table(TodoTable.DEFINITION);
    todosB.insert(Todo.of("t1", "milk").withPriority(5));

    assertThat(todosB.push().isComplete()).isTrue();

    Todo stored = todosB.get("t1").orElseThrow();
    assertThat(stored.version()).as("the service's copy was written").isNotNull();
    assertThat(stored.priority()).isEqualTo(5);
  }

  @Test
  void aPulledPageWithoutTheFieldKeepsTheLocalValueAndANewRowGetsTheDefault() {
    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    OfflineTable<Todo> todosB = b.table(TodoTable.DEFINITION);
    todosB.insert(Todo.of("t1", "milk").withPriority(5));
    todosB.insert(Todo.of("t2", "bread").withPriority(7));
    todosB.push();

    todosA.pull();
    assertThat(todosA.get("t1").orElseThrow().priority()).as("new to A: the column's default").isZero();
    todosA.update(todosA.get("t1").orElseThrow().withTitle("oat milk"));
    assertThat(todosA.push().isComplete()).isTrue();
    todosB.pull();

    Todo t1 = todosB.get("t1").orElseThrow();
    assertThat(t1.title()).as("the service's change arrived").isEqualTo("oat milk");
    assertThat(t1.priority()).isEqualTo(5);
    assertThat(todosB.get("t2").orElseThrow().priority()).isEqualTo(7);
  }
}
