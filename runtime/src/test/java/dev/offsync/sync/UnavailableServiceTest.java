package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.AuthenticationException;
import dev.offsync.HttpEngine;
import dev.offsync.OperationState;
import dev.offsync.PushResult;
import dev.offsync.RetryPolicy;
import dev.offsync.ServiceException;
import dev.offsync.SyncClient;
import dev.offsync.testing.ScriptedService;
import dev.offsync.testing.ScriptedService.Answer;
import dev.offsync.testing.Tag;
import dev.offsync.testing.TagTable;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A push against a service that fails: what stops the push, what only fails one operation, nothing lost. */
class UnavailableServiceTest {

  /** The HTTP client under test: the JDK's here, OkHttp in the {@code OverOkHttp} subclass. */
  HttpEngine engine() {
    return HttpEngine.jdk();
  }

  private static final String STORED = "{\"id\":\"%s\",\"title\":\"x\",\"complete\":false,\"priority\":0,"
      + "\"updatedAt\":\"2024-01-01T00:00:00.000Z\",\"version\":\"v1\"}";

  @TempDir
  Path folder;

  private ScriptedService service;
  private SyncClient client;

  @BeforeEach
  void start() throws Exception {
    service = new ScriptedService();
    client = SyncClient.builder()
        .store(folder.resolve("a.db"))
        .tables(TodoTable.DEFINITION, TagTable.DEFINITION)
        .endpoint(service.uri())
        .httpEngine(engine())
        .retryPolicy(RetryPolicy.exponentialBackoff(2, Duration.ZERO, Duration.ZERO))
        .authentication(refresh -> "token")
        .build();
    client.table(TodoTable.DEFINITION).insert(Todo.of("t1", "x"));
    client.table(TodoTable.DEFINITION).insert(Todo.of("t2", "x"));
    client.table(TagTable.DEFINITION).insert(Tag.of("home"));
  }

  @AfterEach
  void stop() {
    client.close();
    service.close();
  }

  @Test
  void aServiceStillFailingAfterRetriesStopsThePushAndKeepsEverythingQueued() {
    service.then(Answer.json(503, "")).then(new Answer(503, Map.of("Retry-After", "0"), ""));

    PushResult result = client.push();

    assertThat(result.stoppedBy()).get().isInstanceOf(ServiceException.class)
        .satisfies(e -> assertThat(((ServiceException) e).status()).isEqualTo(503));
    assertThat(client.pendingOperationCount()).isEqualTo(3);
    assertThat(client.pendingOperations().get(0).state()).isEqualTo(OperationState.ATTEMPTED);
    assertThat(service.seen()).hasSize(2);
  }

  @Test
  void aRefusedOperationFailsAloneAndThePushGoesOn() {
    service.then(Answer.json(400, "{\"title\":\"Bad Request\",\"detail\":\"title too long\"}"))
        .then(Answer.json(201, String.format(STORED, "t2")))
        .then(Answer.json(201, "{\"id\":\"home\",\"color\":null,\"updatedAt\":\"2024-01-01T00:00:00.000Z\","
            + "\"version\":\"v1\"}"));

    PushResult result = client.push();

    assertThat(result.pushed()).isEqualTo(2);
    assertThat(result.failed()).singleElement().satisfies(failed -> {
      assertThat(failed.status()).isEqualTo(400);
      assertThat(failed.error()).contains("title too long");
      assertThat(failed.operation().itemId()).isEqualTo("t1");
    });
    assertThat(client.pendingOperations()).singleElement()
        .satisfies(op -> assertThat(op.state()).isEqualTo(OperationState.FAILED));
  }

  @Test
  void refusedCredentialsStopThePushAfterOneFreshToken() {
    service.then(Answer.json(401, "")).then(Answer.json(401, ""));

    PushResult result = client.push();

    assertThat(result.stoppedBy()).get().isInstanceOf(AuthenticationException.class);
    assertThat(client.pendingOperationCount()).isEqualTo(3);
    assertThat(service.seen()).hasSize(2);
  }

  @Test
  void pushingOneTableLeavesTheOthersQueued() {
    service.then(Answer.json(201, "{\"id\":\"home\",\"color\":null,\"updatedAt\":\"2024-01-01T00:00:00.000Z\","
        + "\"version\":\"v1\"}"));

    PushResult result = client.push("tags");

    assertThat(result.isComplete()).isTrue();
    assertThat(client.pendingOperationCounts()).isEqualTo(Map.of("todoitems", 2L));
  }
}
