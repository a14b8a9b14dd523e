package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.PushResult;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.testing.ScriptedService;
import dev.offsync.testing.ScriptedService.Answer;
import dev.offsync.testing.TagTable;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A send reaches the service but its answer is lost (here: a gateway's 503), then the item changes locally.
 * The next send meets the service's copy of our own earlier send: that is not a conflict with anyone, so the
 * newer change goes over it without bothering the resolver, and nothing is left failed.
 */
class UnansweredSendTest {

  private static final String STORED = "{\"id\":\"t1\",\"title\":\"%s\",\"complete\":false,\"priority\":0,"
      + "\"updatedAt\":\"2024-01-01T00:00:0%d.000Z\",\"version\":\"%s\"}";

  @TempDir
  Path folder;

  private ScriptedService service;
  private SyncClient client;
  private OfflineTable<Todo> todos;
  private final List<Object> conflicts = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    service = new ScriptedService();
    client = SyncClient.builder()
        .store(folder.resolve("a.db"))
        .tables(TodoTable.DEFINITION, TagTable.DEFINITION)
        .endpoint(service.uri())
        .retryPolicy(RetryPolicy.never())
        .conflictResolver(TodoTable.DEFINITION, conflict -> {
          conflicts.add(conflict);
          return dev.offsync.conflict.Resolution.leaveFailed();
        })
        .build();
    todos = client.table(TodoTable.DEFINITION);
  }

  @AfterEach
  void stop() {
    client.close();
    service.close();
  }

  private static String stored(String title, int second, String version) {
    return String.format(STORED, title, second, version);
  }

  /** t1 "milk" is on the service at v1, and its update to {@code title} was sent without an answer. */
  private void updateSentWithoutAnswer(String title) {
    todos.insert(Todo.of("t1", "milk"));
    service.then(Answer.json(201, stored("milk", 1, "v1")));
    assertThat(client.push().isComplete()).isTrue();
    todos.update(todos.get("t1").orElseThrow().withTitle(title));
    service.then(Answer.json(503, ""));
    assertThat(client.push().stoppedBy()).isPresent();
  }

  @Test
  void anUpdateOverOurOwnUnansweredUpdateIsSentOverItsVersion() {
    updateSentWithoutAnswer("oat milk");
    todos.update(todos.get("t1").orElseThrow().withTitle("soy milk"));
    service.then(Answer.json(412, stored("oat milk", 2, "v2")))
        .then(Answer.json(200, stored("soy milk", 3, "v3")));

    PushResult pushed = client.push();

    assertThat(pushed.isComplete()).isTrue();
    assertThat(conflicts).isEmpty();
    assertThat(todos.pendingOperations()).isEmpty();
    assertThat(service.seen().get(service.seen().size() - 1).header("If-Match")).isEqualTo("\"v2\"");
    assertThat(todos.get("t1").orElseThrow().title()).isEqualTo("soy milk");
  }

  @Test
  void aDeleteOverOurOwnUnansweredUpdateIsSentOverItsVersion() {
    updateSentWithoutAnswer("oat milk");
    todos.delete("t1");
    service.then(Answer.json(412, stored("oat milk", 2, "v2"))).then(new Answer(204, java.util.Map.of(), ""));

    PushResult pushed = client.push();

    assertThat(pushed.isComplete()).isTrue();
    assertThat(conflicts).isEmpty();
    assertThat(todos.pendingOperations()).isEmpty();
    assertThat(service.seen().get(service.seen().size() - 1).method()).isEqualTo("DELETE");
    assertThat(service.seen().get(service.seen().size() - 1).header("If-Match")).isEqualTo("\"v2\"");
  }

  @Test
  void anInsertChangedAfterAnUnansweredPostIsSentOverTheCreatedItem() {
    todos.insert(Todo.of("t1", "milk"));
    service.then(Answer.json(503, ""));
    assertThat(client.push().stoppedBy()).isPresent();
    todos.update(todos.get("t1").orElseThrow().withTitle("oat milk"));
    service.then(Answer.json(409, stored("milk", 1, "v1")))
        .then(Answer.json(200, stored("oat milk", 2, "v2")));

    PushResult pushed = client.push();

    assertThat(pushed.isComplete()).isTrue();
    assertThat(conflicts).isEmpty();
    assertThat(service.seen().get(service.seen().size() - 1).method()).isEqualTo("PUT");
    assertThat(service.seen().get(service.seen().size() - 1).header("If-Match")).isEqualTo("\"v1\"");
  }

  @Test
  void anEarlierSendIsRecognisedAfterSeveralLostAnswers() {
    updateSentWithoutAnswer("oat milk");
    todos.update(todos.get("t1").orElseThrow().withTitle("soy milk"));
    service.then(Answer.json(503, ""));
    assertThat(client.push().stoppedBy()).isPresent();
    todos.update(todos.get("t1").orElseThrow().withTitle("rice milk"));
    service.then(Answer.json(412, stored("oat milk", 2, "v2")))
        .then(Answer.json(200, stored("rice milk", 3, "v3")));

    PushResult pushed = client.push();

    assertThat(pushed.isComplete()).isTrue();
    assertThat(conflicts).isEmpty();
    assertThat(service.seen().get(service.seen().size() - 1).header("If-Match")).isEqualTo("\"v2\"");
  }

  @Test
  void aCopyThatIsNeitherOursNorOurEarlierSendIsStillAConflict() {
    updateSentWithoutAnswer("oat milk");
    todos.update(todos.get("t1").orElseThrow().withTitle("soy milk"));
    service.then(Answer.json(412, stored("rice milk", 2, "v2")));

    PushResult pushed = client.push();

    assertThat(pushed.failed()).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(412));
    assertThat(conflicts).hasSize(1);
  }
}
