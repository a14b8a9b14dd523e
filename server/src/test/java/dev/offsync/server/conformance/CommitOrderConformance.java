package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.server.DatasyncServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md invariant 8: {@code updatedAt} is assigned in commit order per table, so an incremental reader that
 * asks for {@code updatedAt > token} never misses a row, even while writers run concurrently.
 */
abstract class CommitOrderConformance extends ServerTestBase {

  private static final int WRITERS = 4;
  private static final int WRITES_PER_WRITER = 60;

  @Override
  void configure(DatasyncServer.Builder builder) {
    builder.table(MOVIES);
  }

  @Test
  void incrementalReaderMissesNoRowWhileWritersRun() throws Exception {
    long seed = Long.parseLong(System.getenv().getOrDefault("OFFSYNC_TEST_SEED", "8"));
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
    AtomicBoolean writing = new AtomicBoolean(true);
    Map<String, Instant> seen = new HashMap<>();
    try (Connection reader = DriverManager.getConnection(database.url())) {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        writers.add(pool.submit(() -> write(writer, new Random(seed + writer))));
      }
      Future<Instant> reading = pool.submit(() -> {
        Instant token = Instant.EPOCH;
        for (int polls = 0; writing.get() && polls < 100_000; polls++) {
          token = pull(reader, token, seen);
        }
        return token;
      });
      for (Future<?> writer : writers) {
        writer.get(120, TimeUnit.SECONDS);
      }
      writing.set(false);
      Instant token = reading.get(60, TimeUnit.SECONDS);
      pull(reader, token, seen);
      assertThat(seen).as("seed " + seed).isEqualTo(all(reader));
      assertThat(seen).hasSizeGreaterThanOrEqualTo(WRITERS * 10);
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void timesStrictlyIncreaseEvenWhenTheClockStandsStill() {
    server.stop();
    Clock frozen = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
    server = DatasyncServer.builder().database(database.url()).port(0).table(MOVIES).clock(frozen).build()
        .start();
    http = new Http(server.uri());
    Instant previous = Instant.MIN;
    for (int i = 0; i < 5; i++) {
      Instant next = Instant.parse(create("movies", "{\"id\":\"f" + i + "\"}").json().get("updatedAt").asText());
      assertThat(next).isAfter(previous);
      previous = next;
    }
    assertThat(previous).isEqualTo(Instant.parse("2024-01-01T00:00:00.004Z"));
  }

  private void write(int writer, Random random) {
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < WRITES_PER_WRITER; i++) {
      if (mine.isEmpty() || random.nextInt(3) == 0) {
        String id = "w" + writer + "-" + i;
        create("movies", "{\"id\":\"" + id + "\",\"year\":" + i + "}");
        mine.add(id);
      } else {
        String id = mine.get(random.nextInt(mine.size()));
        Http.Reply reply = http.put("/tables/movies/" + id, "{\"id\":\"" + id + "\",\"year\":" + i + "}");
        assertThat(reply.status()).isEqualTo(200);
      }
    }
  }

  private boolean postgres() {
    return database.url().startsWith("jdbc:postgresql:");
  }

  /** Reads every row changed after the token, as a client's pull does; returns the new token. */
  private Instant pull(Connection reader, Instant token, Map<String, Instant> seen) throws SQLException {
    String sql = "SELECT \"id\", \"updatedAt\" FROM \"movies\" WHERE \"updatedAt\" > ? ORDER BY \"updatedAt\"";
    try (PreparedStatement statement = reader.prepareStatement(sql)) {
      statement.setObject(1, postgres() ? token.atOffset(ZoneOffset.UTC) : (Object) token.toEpochMilli());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Instant updatedAt = instant(rows);
          seen.put(rows.getString(1), updatedAt);
          token = updatedAt.isAfter(token) ? updatedAt : token;
        }
      }
    }
    return token;
  }

  private Map<String, Instant> all(Connection reader) throws SQLException {
    Map<String, Instant> rows = new HashMap<>();
    try (PreparedStatement statement = reader.prepareStatement("SELECT \"id\", \"updatedAt\" FROM \"movies\"");
        ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        rows.put(result.getString(1), instant(result));
      }
    }
    return rows;
  }

  private Instant instant(ResultSet row) throws SQLException {
    return postgres() ? row.getObject(2, OffsetDateTime.class).toInstant() : Instant.ofEpochMilli(row.getLong(2));
  }
}
