package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.AutoSyncOptions;
import dev.offsync.HttpEngine;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import dev.offsync.testing.Deliveries;
import dev.offsync.testing.TagTable;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Push, pull and the change feed over HTTP/2 against the reference server, on both engines; a {@link WireTap}
 * in front of the server shows what each connection spoke. In cleartext both engines speak HTTP/1.1 by default;
 * an application's JDK client that asks for HTTP/2 upgrades to h2c, and an application's OkHttp client with
 * prior knowledge speaks HTTP/2 from its first byte. Over TLS ({@link TlsFront}, which agrees the protocol by
 * ALPN) both engines speak HTTP/2 by default, and HTTP/1.1 where the server offers nothing else.
 */
class Http2IT {

  private static final AutoSyncOptions FEED = new AutoSyncOptions(Duration.ofMillis(20), Duration.ofHours(1),
      Duration.ofHours(1)).withPullDelay(Duration.ofMillis(20));

  @TempDir
  Path folder;

  @Test
  void aJdkClientThatAsksForHttp2UpgradesEveryConnectionToH2c() throws Exception {
    HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    List<WireTap.Wire> wires = pushPullAndFeedThroughTap(HttpEngine.jdk(h2));
    assertThat(wires).isNotEmpty().allSatisfy(wire -> {
      assertThat(wire.sentText()).contains("Upgrade: h2c");
      assertThat(wire.answeredText()).startsWith("HTTP/1.1 101 ");
    });
  }

  @Test
  void okHttpWithPriorKnowledgeSpeaksHttp2FromTheFirstByte() throws Exception {
    OkHttpClient h2c = new OkHttpClient.Builder().protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE)).build();
    List<WireTap.Wire> wires = pushPullAndFeedThroughTap(HttpEngine.okHttp(h2c));
    assertThat(wires).isNotEmpty()
        .allSatisfy(wire -> assertThat(wire.sentText()).startsWith("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"));
  }

  @Test
  void theDefaultOkHttpEngineStaysOnHttp11InCleartext() throws Exception {
    List<WireTap.Wire> wires = pushPullAndFeedThroughTap(HttpEngine.okHttp());
    assertThat(wires).isNotEmpty().allSatisfy(wire -> {
      assertThat(wire.sentText()).doesNotContain("h2c").doesNotStartWith("PRI ");
      assertThat(wire.answeredText()).startsWith("HTTP/1.1 2");
    });
  }

  @Test
  void theDefaultJdkEngineStaysOnHttp11InCleartext() throws Exception {
    List<WireTap.Wire> wires = pushPullAndFeedThroughTap(HttpEngine.jdk());
    assertThat(wires).isNotEmpty().allSatisfy(wire -> {
      assertThat(wire.sentText()).doesNotContain("Upgrade");
      assertThat(wire.answeredText()).startsWith("HTTP/1.1 2");
    });
  }

  @Test
  void overTlsTheDefaultJdkEngineAgreesHttp2() throws Exception {
    assertThat(agreedByTheDefaultJdkEngineOverTls(true)).isNotEmpty().containsOnly("h2");
  }

  @Test
  void overTlsTheDefaultJdkEngineFallsBackToHttp11WhereTheServerOffersNoHttp2() throws Exception {
    // The first connections agree http/1.1; once it knows, the JDK's client opens more without offering ALPN.
    assertThat(agreedByTheDefaultJdkEngineOverTls(false)).contains("http/1.1").isSubsetOf("http/1.1", "");
  }

  @Test
  void overTlsOkHttpAgreesHttp2() throws Exception {
    OkHttpClient trusting = new OkHttpClient.Builder()
        .sslSocketFactory(TlsFront.clientContext().getSocketFactory(), TlsFront.trustManager()).build();
    assertThat(pushPullAndFeedOverTls(HttpEngine.okHttp(trusting), true)).isNotEmpty().containsOnly("h2");
  }

  /** The engine's own client trusts what the platform trusts: here, for a while, the front's certificate. */
  private List<String> agreedByTheDefaultJdkEngineOverTls(boolean offerHttp2) throws Exception {
    SSLContext platform = SSLContext.getDefault();
    SSLContext.setDefault(TlsFront.clientContext());
    try {
      return pushPullAndFeedOverTls(HttpEngine.jdk(), offerHttp2);
    } finally {
      SSLContext.setDefault(platform);
    }
  }

  private List<WireTap.Wire> pushPullAndFeedThroughTap(HttpEngine engine) throws Exception {
    try (DatasyncServer server = startServer(); WireTap tap = new WireTap(server.uri())) {
      pushPullAndFeed(tap.uri(), engine);
      return tap.wires();
    }
  }

  /** The protocols the connections agreed by ALPN with a TLS front that offers HTTP/2 or not. */
  private List<String> pushPullAndFeedOverTls(HttpEngine engine, boolean offerHttp2) throws Exception {
    try (DatasyncServer server = startServer(); TlsFront front = new TlsFront(server.uri(), offerHttp2)) {
      pushPullAndFeed(front.uri(), engine);
      return front.agreed();
    }
  }

  private DatasyncServer startServer() {
    return DatasyncServer.builder().database("jdbc:sqlite:" + folder.resolve("service.db"))
        .port(0).table(TableSchema.of(TodoTable.DEFINITION).withSoftDelete(true))
        .table(TableSchema.of(TagTable.DEFINITION).withSoftDelete(true)).build().start();
  }

  /**
   * Device A pushes at parallelism 4 and pulls back; device B follows the change feed on the same engine and
   * pulls A's items when the feed announces them.
   */
  private void pushPullAndFeed(URI endpoint, HttpEngine engine) throws Exception {
    try (SyncClient a = device("a", endpoint, engine); SyncClient b = device("b", endpoint, engine)) {
      Deliveries<List<Todo>> onB = new Deliveries<>();
      b.table(TodoTable.DEFINITION).query().observe(onB);
      b.startAutoSync(FEED);

      List<Todo> todos = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        todos.add(Todo.of("t" + i, "Milk " + i));
      }
      a.table(TodoTable.DEFINITION).insertAll(todos);
      assertThat(a.push().pushed()).isEqualTo(12);
      assertThat(a.table(TodoTable.DEFINITION).pull().fetched()).isEqualTo(12);
      assertThat(onB.awaitLast(items -> items.size() == 12)).hasSize(12);
    }
  }

  private SyncClient device(String name, URI endpoint, HttpEngine engine) {
    return SyncClient.builder().httpEngine(engine).store(folder.resolve(name + ".db"))
        .tables(TodoTable.DEFINITION, TagTable.DEFINITION).endpoint(endpoint).pushParallelism(4)
        .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(20))
        .retryPolicy(RetryPolicy.never()).build();
  }
}
