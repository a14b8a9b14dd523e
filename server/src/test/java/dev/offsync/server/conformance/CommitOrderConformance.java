package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offsync.internal.generated.Values;
import dev.offsync.server.DatasyncServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md invariant 8: {@code updatedAt} is assigned in commit order per table, so an incremental reader that
 * asks over HTTP for {@code updatedAt gt token} never misses a row, even while writers run concurrently.
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
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        writers.add(pool.submit(() -> write(writer, new Random(seed + writer))));
      }
      Future<Instant> reading = pool.submit(() -> {
        Instant token = Instant.EPOCH;
        for (int polls = 0; writing.get() && polls < 100_000; polls++) {
          token = pull(token, seen);
        }
        return token;
      });
      for (Future<?> writer : writers) {
        writer.get(120, TimeUnit.SECONDS);
      }
      writing.set(false);
      pull(reading.get(60, TimeUnit.SECONDS), seen);
      assertThat(seen).as("seed " + seed).isEqualTo(all());
      assertThat(seen).hasSizeGreaterThanOrEqualTo(WRITERS * 10);
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void timesStrictlyIncreaseEvenWhenTheClockStandsStill() {
    Clock frozen = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
    restart(builder -> builder.table(MOVIES).clock(frozen));
    Instant previous = Instant.MIN;
    for (int i = 0; i < 5; i++) {
      Instant next = Instant.parse(create("movies", "{\"id\":\"f" + i + "\"}").json().get("updatedAt").asText());
      assertThat(next).isAfter(previous);
      previous = next;
    }
    assertThat(previous).isEqualTo(Instant.parse("2024-01-01T00:00:00.004Z"));
  }

  @Test
  void concurrentCreatesOfOneIdStoreOneItem() throws Exception {
    for (int round = 0; round < 5; round++) {
      String id = "same-" + round;
      List<Integer> statuses = concurrently(writer -> http.post("/tables/movies",
          "{\"id\":\"" + id + "\",\"year\":" + writer + "}").status());
      assertThat(statuses).as("round " + round).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
      assertThat(http.get("/tables/movies?$filter=id%20eq%20'" + id + "'").json().get("items")).hasSize(1);
    }
  }

  @Test
  void concurrentReplacesWithOneEtagSucceedOnce() throws Exception {
    for (int round = 0; round < 5; round++) {
      String id = "match-" + round;
      String etag = create("movies", "{\"id\":\"" + id + "\",\"year\":1}").etag();
      List<Integer> statuses = concurrently(writer -> http.put("/tables/movies/" + id,
          "{\"id\":\"" + id + "\",\"year\":" + (100 + writer) + "}", "If-Match", etag).status());
      assertThat(statuses).as("round " + round).containsOnly(200, 412).filteredOn(s -> s == 200).hasSize(1);
      List<Integer> deletes = concurrently(writer -> http.delete("/tables/movies/" + id).status());
      assertThat(deletes).as("round " + round).containsOnly(204, 404).filteredOn(s -> s == 204).hasSize(1);
    }
  }

  /** Runs one request per writer, all released at once, and returns their statuses. */
  private static List<Integer> concurrently(IntFunction<Integer> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS * 2);
    CyclicBarrier start = new CyclicBarrier(WRITERS * 2);
    try {
      List<Future<Integer>> replies = new ArrayList<>();
      for (int w = 0; w < WRITERS * 2; w++) {
        int writer = w;
        replies.add(pool.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          return request.apply(writer);
        }));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> reply : replies) {
        statuses.add(reply.get(60, TimeUnit.SECONDS));
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
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

  /**
   * Pulls as a client does: every row changed after the token, page by page, re-issuing the filter with the
   * newest {@code updatedAt} seen (no {@code $skip} over a moving data set); returns the new token.
   */
  private Instant pull(Instant token, Map<String, Instant> seen) {
    for (int pages = 0; pages < 1_000; pages++) {
      String filter = "updatedAt gt cast(" + Values.formatInstant(token) + ",Edm.DateTimeOffset)";
      Http.Reply reply = http.get("/tables/movies?$filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)
          + "&$orderby=updatedAt&$top=50&__includedeleted=true");
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      JsonNode items = reply.json().get("items");
      if (items.isEmpty()) {
        return token;
      }
      for (JsonNode item : items) {
        Instant updatedAt = Instant.parse(item.get("updatedAt").asText());
        seen.put(item.get("id").asText(), updatedAt);
        token = updatedAt.isAfter(token) ? updatedAt : token;
      }
    }
    throw new AssertionError("The pull did not end within 1000 pages");
  }

  /** Every row as the server has it now. */
  private Map<String, Instant> all() {
    Map<String, Instant> rows = new HashMap<>();
    String query = "$top=1000";
    for (int pages = 0; query != null && pages < 100; pages++) {
      JsonNode page = http.get("/tables/movies?" + query).json();
      page.get("items").forEach(item -> rows.put(item.get("id").asText(),
          Instant.parse(item.get("updatedAt").asText())));
      query = page.get("nextLink").isNull() ? null : page.get("nextLink").asText();
    }
    return rows;
  }
}
