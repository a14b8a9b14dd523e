package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.AutoSyncOptions;
import dev.offsync.HttpEngine;
import dev.offsync.OfflineTable;
import dev.offsync.RetryPolicy;
import dev.offsync.Subscription;
import dev.offsync.SyncClient;
import dev.offsync.status.SyncStatus;
import dev.offsync.testing.Deliveries;
import dev.offsync.testing.TagTable;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import dev.offsync.server.Authenticator;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Auto sync through the service's change feed: two devices, each with its own store file, and the reference
 * server (one on SQLite; two on one PostgreSQL database). Device B reaches its server through a
 * {@link CountingProxy}, which records every request B sends: B must pull a table only when a notice said it
 * changed. Polling is set to once an hour, so that it cannot explain any pull.
 */
class ChangeFeedIT {

  private static final AutoSyncOptions FEED = new AutoSyncOptions(Duration.ofMillis(20), Duration.ofHours(1),
      Duration.ofHours(1)).withPullDelay(Duration.ofMillis(20));
  private static final String POSTGRES_URL = "OFFSYNC_TEST_POSTGRES_URL";
  private static final String B_PULLS = "GET /tables/todoitems";
  private static final String B_FEEDS = "GET /tables/$changes";

  @TempDir
  Path folder;

  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
  }

  private <T extends AutoCloseable> T open(T closeable) {
    opened.add(closeable);
    return closeable;
  }

  private DatasyncServer server(String jdbcUrl, Consumer<DatasyncServer.Builder> more) {
    return server(jdbcUrl, TableSchema.of(TodoTable.DEFINITION).withSoftDelete(true), more);
  }

  private DatasyncServer server(String jdbcUrl, TableSchema todos, Consumer<DatasyncServer.Builder> more) {
    DatasyncServer.Builder builder = DatasyncServer.builder().database(jdbcUrl).port(0).table(todos)
        .table(TableSchema.of(TagTable.DEFINITION).withSoftDelete(true));
    more.accept(builder);
    return open(builder.build().start());
  }

  private SyncClient device(String name, URI endpoint, String token) {
    return device(name, endpoint, token, Duration.ofSeconds(20));
  }

  private SyncClient device(String name, URI endpoint, String token, Duration readTimeout) {
    return device(name, endpoint, token, readTimeout, HttpEngine.jdk());
  }

  private SyncClient device(String name, URI endpoint, String token, Duration readTimeout, HttpEngine engine) {
    SyncClient.Builder builder = SyncClient.builder()
        .httpEngine(engine)
        .store(folder.resolve(name + ".db"))
        .tables(TodoTable.DEFINITION, TagTable.DEFINITION)
        .endpoint(endpoint)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(readTimeout)
        .retryPolicy(RetryPolicy.never());
    if (token != null) {
      builder.authentication(refresh -> token);
    }
    return open(builder.build());
  }

  @Test
  void onSqliteAWriteReachesTheOtherDevicesLiveQueryThroughTheFeed() throws Exception {
    DatasyncServer server = server("jdbc:sqlite:" + folder.resolve("service.db"), builder -> {});
    writesReachTheOtherDevice(server.uri(), server.uri());
  }

  @Test
  void onPostgresAWriteOnOneServerReachesADeviceOnAnotherServer() throws Exception {
    String base = System.getenv(POSTGRES_URL);
    Assumptions.assumeTrue(base != null && !base.isBlank(), "PostgreSQL tests skipped: set " + POSTGRES_URL);
    String schema = "offsync_feed_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(base, "CREATE SCHEMA " + schema);
    opened.add(() -> execute(base, "DROP SCHEMA " + schema + " CASCADE"));
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    DatasyncServer one = server(url, builder -> {});
    DatasyncServer two = server(url, builder -> {});
    writesReachTheOtherDevice(one.uri(), two.uri());
  }

  /** A writes through {@code forA}; B follows the feed of {@code forB} through the counting proxy. */
  private void writesReachTheOtherDevice(URI forA, URI forB) throws Exception {
    CountingProxy proxy = open(new CountingProxy(forB));
    SyncClient a = device("a", forA, null);
    SyncClient b = device("b", proxy.uri(), null);
    Deliveries<List<Todo>> onB = new Deliveries<>();
    b.table(TodoTable.DEFINITION).query().observe(onB);
    Deliveries<SyncStatus> statusB = new Deliveries<>();
    b.observeStatus(statusB);
    Subscription autoB = b.startAutoSync(FEED);
    await(() -> proxy.requests(B_FEEDS).size() == 1);
    statusB.awaitLast(status -> status.connectivity() == SyncStatus.Connectivity.ONLINE);

    OfflineTable<Todo> todosA = a.table(TodoTable.DEFINITION);
    for (int round = 1; round <= 3; round++) {
      todosA.insert(Todo.of("x" + round, "Milk " + round));
      assertThat(a.push().pushed()).isEqualTo(1);
      int expected = round;
      assertThat(onB.awaitLast(items -> items.size() == expected)).hasSize(round);
      if (round == 1) {
        // The stream breaks: B opens it again, hears the newest time it already holds, and pulls nothing.
        proxy.dropConnections();
        await(() -> proxy.requests(B_FEEDS).size() == 2);
      }
    }
    Thread.sleep(300); // room for a pull that should not come
    assertThat(proxy.requests(B_PULLS)).as(proxy.requests().toString()).hasSize(3);
    assertThat(proxy.requests("GET /tables/tags")).isEmpty();

    autoB.cancel();
    b.close();
    assertNoAutoSyncThreadLeft();
  }

  @Test
  void aUserHearsNothingOfAnotherUsersRows() throws Exception {
    // The owner column is the todo's title here: the server writes the writer's user id into it.
    DatasyncServer server = server("jdbc:sqlite:" + folder.resolve("service.db"),
        TableSchema.of(TodoTable.DEFINITION).withSoftDelete(true).withOwnerColumn("title"), builder -> builder
        .authenticator(Authenticator.tokens(Map.of("x-token", "x", "y-token", "y"))));
    CountingProxy proxy = open(new CountingProxy(server.uri()));
    SyncClient ofY = device("y", server.uri(), "y-token");
    SyncClient otherOfX = device("x2", server.uri(), "x-token");
    SyncClient b = device("b", proxy.uri(), "x-token");
    Deliveries<List<Todo>> onB = new Deliveries<>();
    b.table(TodoTable.DEFINITION).query().observe(onB);
    b.startAutoSync(FEED);
    await(() -> proxy.requests(B_FEEDS).size() == 1);

    ofY.table(TodoTable.DEFINITION).insert(Todo.of("y1", "Y's"));
    assertThat(ofY.push().pushed()).isEqualTo(1);
    Thread.sleep(1_000); // a notice of Y's row, had it come, would have made B pull by now
    assertThat(proxy.requests(B_PULLS)).isEmpty();

    otherOfX.table(TodoTable.DEFINITION).insert(Todo.of("x1", "X's"));
    assertThat(otherOfX.push().pushed()).isEqualTo(1);
    assertThat(onB.awaitLast(items -> items.size() == 1).get(0).id()).isEqualTo("x1");
    assertThat(proxy.requests(B_PULLS)).hasSize(1);
  }

  @Test
  void aQuietStreamOutlivesTheClientsReadTimeout() throws Exception {
    aQuietStreamOutlivesTheReadTimeout(HttpEngine.jdk());
  }

  @Test
  void aQuietStreamOutlivesTheClientsReadTimeoutOverOkHttp() throws Exception {
    // OkHttp applies a request's timeout to every read of the body: the feed must not inherit it.
    aQuietStreamOutlivesTheReadTimeout(HttpEngine.okHttp());
  }

  private void aQuietStreamOutlivesTheReadTimeout(HttpEngine engine) throws Exception {
    DatasyncServer server = server("jdbc:sqlite:" + folder.resolve("service.db"),
        builder -> builder.changeStreamHeartbeat(Duration.ofMinutes(5)));
    CountingProxy proxy = open(new CountingProxy(server.uri()));
    SyncClient a = device("a", server.uri(), null);
    SyncClient b = device("b", proxy.uri(), null, Duration.ofMillis(500), engine);
    Deliveries<List<Todo>> onB = new Deliveries<>();
    b.table(TodoTable.DEFINITION).query().observe(onB);
    b.startAutoSync(FEED);
    await(() -> proxy.requests(B_FEEDS).size() == 1);
    Thread.sleep(2_000); // four read timeouts without a byte on the stream
    a.table(TodoTable.DEFINITION).insert(Todo.of("x1", "Milk"));
    assertThat(a.push().pushed()).isEqualTo(1);
    assertThat(onB.awaitLast(items -> items.size() == 1)).hasSize(1);
    assertThat(proxy.requests(B_FEEDS)).hasSize(1);
  }

  @Test
  void withoutAFeedAutoSyncPollsAndStillDelivers() throws Exception {
    DatasyncServer server = server("jdbc:sqlite:" + folder.resolve("service.db"), builder -> {});
    CountingProxy proxy = open(new CountingProxy(server.uri()));
    proxy.refuseFeed(); // as CommunityToolkit's server or the Node v2 server answer an unknown path
    SyncClient a = device("a", server.uri(), null);
    SyncClient b = device("b", proxy.uri(), null);
    Deliveries<List<Todo>> onB = new Deliveries<>();
    b.table(TodoTable.DEFINITION).query().observe(onB);
    Subscription autoB = b.startAutoSync(new AutoSyncOptions(Duration.ofMillis(20), Duration.ofMillis(100),
        Duration.ofMillis(400)));

    a.table(TodoTable.DEFINITION).insert(Todo.of("x1", "Milk"));
    assertThat(a.push().pushed()).isEqualTo(1);
    assertThat(onB.awaitLast(items -> items.size() == 1)).hasSize(1);
    await(() -> proxy.requests("GET /tables/tags").size() >= 2);
    assertThat(proxy.requests(B_FEEDS)).hasSize(1); // tried once, then polling for good

    autoB.cancel();
    b.close();
    assertNoAutoSyncThreadLeft();
  }

  private static void assertNoAutoSyncThreadLeft() throws InterruptedException {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("offsync-auto-sync") || thread.getName().startsWith("offsync-change-feed")) {
        thread.join(10_000);
      }
    }
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.isAlive()
        && (thread.getName().startsWith("offsync-auto-sync") || thread.getName().startsWith("offsync-change-feed")));
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
      Thread.sleep(50);
    }
    assertThat(condition.getAsBoolean()).as("condition within 10 s").isTrue();
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
