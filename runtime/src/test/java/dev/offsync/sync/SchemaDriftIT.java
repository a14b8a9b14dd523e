package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.OfflineTable;
import dev.offsync.PushResult;
import dev.offsync.RetryPolicy;
import dev.offsync.errors.SchemaMismatchException;
import dev.offsync.SyncClient;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import dev.offsync.testing.Sample;
import dev.offsync.testing.SampleTable;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 3: a service whose table lacks a column of the client model, or types one differently, is
 * found at the table's first push or pull (from the service's {@code /openapi.json}); nothing of the table is
 * sent or pulled, and the local change stays queued.
 */
class SchemaDriftIT {

  @TempDir
  Path folder;

  private DatasyncServer server;
  private SyncClient client;

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    server.stop();
  }

  /** Starts a service whose Sample table has the model's columns, changed by {@code change}. */
  private OfflineTable<Sample> serveWith(java.util.function.UnaryOperator<List<ColumnDefinition>> change) {
    List<ColumnDefinition> columns = change.apply(new ArrayList<>(SampleTable.DEFINITION.columns()));
    server = DatasyncServer.builder().table(TableSchema.of(SampleTable.DEFINITION.tableName(), columns))
        .database("jdbc:sqlite:" + folder.resolve("service.db")).port(0).build();
    server.start();
    client = SyncClient.builder().store(folder.resolve("device.db")).tables(SampleTable.DEFINITION)
        .endpoint(URI.create("http://127.0.0.1:" + server.port())).retryPolicy(RetryPolicy.never()).build();
    return client.table(SampleTable.DEFINITION);
  }

  private static Sample sample() {
    return new Sample("s1", "x", 1, 2L, 0.5, 0.5f, new BigDecimal("1.50"), true, null, null, null, null, null,
        null, null);
  }

  @Test
  void aColumnTheServiceLacksStopsThePushAndKeepsTheChange() {
    OfflineTable<Sample> samples = serveWith(columns -> {
      columns.removeIf(column -> column.name().equals("price"));
      return columns;
    });
    samples.insert(sample());

    PushResult pushed = client.push();

    assertThat(pushed.isComplete()).isFalse();
    assertThat(pushed.stoppedBy()).get().isInstanceOfSatisfying(SchemaMismatchException.class, e -> {
      assertThat(e.table()).isEqualTo(SampleTable.DEFINITION.tableName());
      assertThat(e.columns()).containsExactly("price");
    });
    assertThat(samples.pendingOperations()).hasSize(1);
    assertThat(client.remoteTable(SampleTable.DEFINITION).get("s1")).isEmpty();
  }

  @Test
  void aPullOfATableWithADifferentlyTypedColumnIsRefused() {
    OfflineTable<Sample> samples = serveWith(columns -> {
      columns.replaceAll(column -> column.name().equals("count")
          ? new ColumnDefinition("count", ColumnType.STRING, true, false, false) : column);
      return columns;
    });

    assertThatThrownBy(samples::pull).isInstanceOfSatisfying(SchemaMismatchException.class, e -> {
      assertThat(e.columns()).containsExactly("count");
      assertThat(e).hasMessageContaining("'count' is STRING there but INT here");
    });
  }

  @Test
  void aMatchingServiceIsPushedAndPulled() {
    OfflineTable<Sample> samples = serveWith(columns -> columns);
    samples.insert(sample());

    assertThat(client.push().isComplete()).isTrue();
    assertThat(samples.pull().skippedIds()).isEmpty();
  }
}
