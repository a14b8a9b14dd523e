package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.conflict.ConflictResolver;
import dev.offsync.OfflineTable;
import dev.offsync.PushResult;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import dev.offsync.testing.Sample;
import dev.offsync.testing.SampleTable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 1: an update reaches the service but its answer is lost; the item is edited again and pushed.
 * The service's copy is our own earlier send, so the newer edit goes over it without a conflict, also when the
 * model holds decimals that a double would round (1.50, 20 digits).
 */
class LostAnswerIT {

  @TempDir
  Path folder;

  private DatasyncServer server;
  private AnswerLosingProxy proxy;
  private SyncClient client;
  private final List<Object> conflicts = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = DatasyncServer.builder().table(TableSchema.of(SampleTable.DEFINITION).withSoftDelete(true))
        .database("jdbc:sqlite:" + folder.resolve("service.db")).port(0).build();
    server.start();
    proxy = new AnswerLosingProxy(java.net.URI.create("http://127.0.0.1:" + server.port()));
    client = SyncClient.builder().store(folder.resolve("a.db")).tables(SampleTable.DEFINITION)
        .endpoint(proxy.uri()).connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(20))
        .retryPolicy(RetryPolicy.never())
        .conflictResolver(SampleTable.DEFINITION, conflict -> {
          conflicts.add(conflict);
          return ConflictResolver.<Sample>serverWins().resolve(conflict);
        })
        .build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    proxy.close();
    server.stop();
  }

  private static Sample sample(String text, BigDecimal price) {
    return new Sample("s1", text, 1, 2L, 0.5, 0.25f, price, true, null, null, null, null, null, null, null);
  }

  private void editAfterLostAnswer(BigDecimal price) {
    OfflineTable<Sample> samples = client.table(SampleTable.DEFINITION);
    samples.insert(sample("first", new BigDecimal("1.00")));
    assertThat(client.push().isComplete()).isTrue();
    samples.update(sample("second", price));
    proxy.loseNextWriteAnswer();
    assertThat(client.push().stoppedBy()).isPresent();
    samples.update(sample("third", price));

    PushResult again = client.push();

    assertThat(again.isComplete()).isTrue();
    assertThat(conflicts).isEmpty();
    Sample onService = client.remoteTable(SampleTable.DEFINITION).get("s1").orElseThrow();
    assertThat(onService.text()).isEqualTo("third");
    assertThat(onService.price()).isEqualTo(price);
    assertThat(samples.get("s1").orElseThrow().text()).isEqualTo("third");
  }

  @Test
  void aDecimalWithATrailingZeroIsRecognisedAsOurOwnEarlierSend() {
    editAfterLostAnswer(new BigDecimal("1.50"));
  }

  @Test
  void aDecimalBeyondADoublesPrecisionIsRecognisedAsOurOwnEarlierSend() {
    editAfterLostAnswer(new BigDecimal("12345678901234567890"));
  }
}
