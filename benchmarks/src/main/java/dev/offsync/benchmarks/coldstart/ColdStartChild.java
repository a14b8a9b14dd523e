package dev.offsync.benchmarks.coldstart;

import com.fasterxml.jackson.core.JsonFactory;
import dev.offsync.OfflineTable;
import dev.offsync.SyncClient;
import dev.offsync.benchmarks.micro.RawJdbc;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.ItemTable;
import dev.offsync.benchmarks.model.Items;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * One sample of the cold start, in a fresh JVM: {@code ColdStartChild MODE STORE_FILE [SECOND_STORE_FILE]}.
 * Times its phases with {@link System#nanoTime} from the first line of {@code main} and prints them on one
 * line, {@code COLDSTART mainAtMillis=<wall clock> <phase>=<nanoseconds> ...}, for {@link ColdStartCommand}
 * to read. The modes: {@code offsync} (the first {@code build()}, then the first insert and query),
 * {@code floor} (the same schema, insert and query with raw JDBC), and {@code phases} (Offsync's own time
 * taken apart by doing each part of the first build ahead of it, then a second build on another file).
 */
public final class ColdStartChild {

  /** Never contacted: build() only checks it. */
  private static final URI ENDPOINT = URI.create("http://127.0.0.1:9");

  private final Map<String, Long> phases = new LinkedHashMap<>();
  private long last;

  private ColdStartChild(long start) {
    this.last = start;
  }

  /** Runs one mode; see the class comment. */
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    long mainAtMillis = System.currentTimeMillis();
    ColdStartChild child = new ColdStartChild(start);
    switch (args[0]) {
      case "offsync" -> child.offsync(Path.of(args[1]));
      case "floor" -> child.floor(Path.of(args[1]));
      case "phases" -> child.phases(Path.of(args[1]), Path.of(args[2]));
      default -> throw new IllegalArgumentException("Unknown mode " + args[0]);
    }
    StringBuilder line = new StringBuilder("COLDSTART mainAtMillis=").append(mainAtMillis);
    child.phases.forEach((name, nanos) -> line.append(' ').append(name).append('=').append(nanos));
    System.out.println(line);
  }

  private void mark(String phase) {
    long now = System.nanoTime();
    phases.put(phase, now - last);
    last = now;
  }

  private void offsync(Path store) {
    useAndClose(store, "build", "insertQuery");
  }

  /** Builds a client on {@code store}, inserts and queries, and closes it, timing the first two. */
  private void useAndClose(Path store, String buildPhase, String insertPhase) {
    SyncClient client = build(store);
    mark(buildPhase);
    insertAndQuery(client);
    mark(insertPhase);
    phases.put(buildPhase + "HttpClientThreads", httpClientThreads());
    client.close();
    last = System.nanoTime();
  }

  private void floor(Path store) throws SQLException {
    Connection connection = open("jdbc:sqlite:" + store);
    FloorSchema.create(connection);
    mark("build");
    RawJdbc.insertAll(connection, List.of(Items.local(1)));
    check(RawJdbc.byCategory(connection, Items.local(1).category()));
    mark("insertQuery");
    connection.close();
  }

  /**
   * Each part of the first build done on its own ahead of it, in the order build() meets them, so that what
   * build() still takes after them is Offsync's classes and the store's work; the second build on a new file
   * is the store's work alone. Last, the JDK's HTTP client that the first push or pull makes (build() makes
   * none).
   */
  private void phases(Path first, Path second) throws SQLException {
    ItemTable.DEFINITION.schemaHash();
    mark("definitions");
    open("jdbc:sqlite::memory:").close();
    mark("sqliteDriver");
    JsonFactory.builder().build();
    mark("jackson");
    useAndClose(first, "buildRest", "insertQuery");
    useAndClose(second, "secondBuild", "secondInsertQuery");
    HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER).build();
    mark("httpClient");
  }

  private static SyncClient build(Path store) {
    return SyncClient.builder().store(store).tables(ItemTable.DEFINITION).endpoint(ENDPOINT).build();
  }

  private static void insertAndQuery(SyncClient client) {
    OfflineTable<Item> items = client.table(ItemTable.DEFINITION);
    Item item = Items.local(1);
    items.insert(item);
    check(items.query().where(ItemTable.CATEGORY.eq(item.category())).list());
  }

  /** A connection as the store opens one: through the driver's own config, no DriverManager scan. */
  private static Connection open(String url) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(10_000);
    return config.createConnection(url);
  }

  private static void check(List<Item> found) {
    if (found.size() != 1) {
      throw new IllegalStateException("The query found " + found.size() + " items, not 1");
    }
  }

  /** How many threads the JDK's HTTP client has started (its selector manager): made at build or not. */
  private static long httpClientThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("HttpClient-")).count();
  }
}
