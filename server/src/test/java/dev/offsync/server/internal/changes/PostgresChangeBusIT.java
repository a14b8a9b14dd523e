package dev.offsync.server.internal.changes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.server.internal.storage.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers' change buses on one PostgreSQL schema: what one publishes, the other hears, however fast the
 * writes come; skipped where {@code OFFSYNC_TEST_POSTGRES_URL} is unset (CI sets it).
 */
class PostgresChangeBusIT {

  private static final long WAIT_MILLIS = 10_000;

  private String base;
  private String schema;
  private Database writerDatabase;
  private Database listenerDatabase;
  /** The other server's bus, and what it heard. */
  private PostgresChangeBus listener;
  private final List<ChangeNotice> heard = new CopyOnWriteArrayList<>();
  /** The writing server's bus. */
  private PostgresChangeBus writer;

  @BeforeEach
  void openSchema() throws SQLException {
    base = System.getenv("OFFSYNC_TEST_POSTGRES_URL");
    Assumptions.assumeTrue(base != null && !base.isBlank(), "set OFFSYNC_TEST_POSTGRES_URL to run");
    schema = "offsync_bus_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT)
        .substring(0, 12);
    execute("CREATE SCHEMA " + schema);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    writerDatabase = Database.open(url);
    listenerDatabase = Database.open(url);
    listener = PostgresChangeBus.start(listenerDatabase);
    listener.subscribe(heard::add);
    writer = PostgresChangeBus.start(writerDatabase);
  }

  @AfterEach
  void dropSchema() throws SQLException {
    if (writerDatabase != null) {
      writer.close();
      listener.close();
      writerDatabase.close();
      listenerDatabase.close();
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Test
  void aBurstOfWritesReachesTheOtherServerWithItsNewestTimePerTableAndOwner() throws Exception {
    int writes = 500;
    for (int i = 1; i <= writes; i++) {
      writer.publish(new ChangeNotice("notes", Instant.ofEpochMilli(i), i % 2 == 0 ? "alice" : "bob"));
    }
    writer.publish(new ChangeNotice("movies", Instant.ofEpochMilli(7), null));
    writer.close(); // sends what is still pending before it returns

    waitFor(heard, notices -> notices.contains(new ChangeNotice("notes", Instant.ofEpochMilli(writes), "alice"))
        && notices.contains(new ChangeNotice("notes", Instant.ofEpochMilli(writes - 1), "bob"))
        && notices.contains(new ChangeNotice("movies", Instant.ofEpochMilli(7), null)));
    for (String owner : List.of("alice", "bob")) {
      List<Long> times = heard.stream().filter(n -> n.table().equals("notes") && owner.equals(n.owner()))
          .map(n -> n.updatedAt().toEpochMilli()).toList();
      assertThat(times).as("notices of %s's notes, in the order heard", owner).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void aClosedBusSendsNothingMore() throws Exception {
    writer.publish(new ChangeNotice("notes", Instant.ofEpochMilli(1), null));
    writer.close();
    writer.publish(new ChangeNotice("notes", Instant.ofEpochMilli(2), null));
    listener.publish(new ChangeNotice("movies", Instant.ofEpochMilli(3), null)); // a marker after it

    waitFor(heard, notices -> notices.stream().anyMatch(n -> n.table().equals("movies")));
    assertThat(heard).containsExactly(new ChangeNotice("notes", Instant.ofEpochMilli(1), null),
        new ChangeNotice("movies", Instant.ofEpochMilli(3), null));
  }

  private static void waitFor(List<ChangeNotice> heard, Predicate<List<ChangeNotice>> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
    while (!done.test(List.copyOf(heard))) {
      assertThat(System.nanoTime()).as("heard within %d ms: %s", WAIT_MILLIS, heard).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(base); Statement statement =
        connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
