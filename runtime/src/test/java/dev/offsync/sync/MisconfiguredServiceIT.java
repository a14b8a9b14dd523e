package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.HttpEngine;
import dev.offsync.NetworkException;
import dev.offsync.OperationState;
import dev.offsync.PendingOperation;
import dev.offsync.PushResult;
import dev.offsync.RetryPolicy;
import dev.offsync.ServiceException;
import dev.offsync.SyncClient;
import dev.offsync.server.DatasyncServer;
import dev.offsync.testing.Tag;
import dev.offsync.testing.TagTable;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client configured for a service that is not there: a table the service lacks, a wrong base URL, an
 * unknown host. Each stops the push with the cause in words, and every operation stays pending (#18 items 11
 * and 12), through the public API against the reference server.
 */
class MisconfiguredServiceIT {

  /** The HTTP client under test: the JDK's here, OkHttp in the {@code OverOkHttp} subclass. */
  HttpEngine engine() {
    return HttpEngine.jdk();
  }

  @TempDir
  Path folder;

  private DatasyncServer server;

  @BeforeEach
  void start() {
    server = DatasyncServer.builder().table(TodoTable.DEFINITION)
        .database("jdbc:sqlite:" + folder.resolve("service.db")).port(0).build().start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private SyncClient device(URI endpoint) {
    return SyncClient.builder().store(folder.resolve("device.db"))
        .tables(TodoTable.DEFINITION, TagTable.DEFINITION).endpoint(endpoint)
        .connectTimeout(Duration.ofSeconds(2)).retryPolicy(RetryPolicy.never()).httpEngine(engine()).build();
  }

  @Test
  void aTableTheServiceLacksStopsThePushWithTheServicesMessage() {
    try (SyncClient client = device(server.uri())) {
      client.table(TagTable.DEFINITION).insert(Tag.of("home"));
      client.table(TagTable.DEFINITION).insert(Tag.of("work"));

      PushResult result = client.push("tags");

      assertThat(result.stoppedBy()).get().isInstanceOf(ServiceException.class)
          .extracting(Throwable::getMessage).asString()
          .contains("There is no table 'tags'").doesNotContain("no longer exists");
      assertThat(result.failed()).isEmpty();
      assertThat(client.pendingOperations()).hasSize(2).extracting(PendingOperation::state)
          .doesNotContain(OperationState.FAILED);
    }
  }

  @Test
  void aWrongBaseUrlStopsThePushAndTheOperationStaysPending() {
    try (SyncClient client = device(URI.create(server.uri() + "/api"))) {
      client.table(TodoTable.DEFINITION).insert(Todo.of("t1", "Milk"));

      PushResult result = client.push();

      assertThat(result.stoppedBy()).get().isInstanceOf(ServiceException.class)
          .extracting(Throwable::getMessage).asString().contains("Nothing here");
      assertThat(result.failed()).isEmpty();
      assertThat(client.pendingOperationCount()).isOne();
    }
  }

  @Test
  void anUnknownHostIsReportedAsUnknownHost() {
    try (SyncClient client = device(URI.create("http://no-such-host.invalid:8080"))) {
      client.table(TodoTable.DEFINITION).insert(Todo.of("t1", "Milk"));

      PushResult result = client.push();

      assertThat(result.stoppedBy()).get().isInstanceOf(NetworkException.class)
          .extracting(Throwable::getMessage).asString()
          .contains("unknown host").doesNotContain("connection refused");
      assertThat(client.pendingOperationCount()).isOne();
    }
  }
}
