package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.server.DatasyncServer;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The server's Micrometer meters after real requests: requests, rows per page and conflicts. */
abstract class MetricsConformance extends ServerTestBase {

  final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Override
  void configure(DatasyncServer.Builder builder) {
    builder.table(MOVIES).meterRegistry(registry);
  }

  @Test
  void requestsAreTimedByTableOperationAndStatus() {
    http.post("/tables/movies", "{\"id\":\"m1\",\"title\":\"Alien\"}");
    http.post("/tables/movies", "{\"id\":\"m2\",\"title\":\"Heat\"}");
    http.get("/tables/movies/m1");
    http.get("/tables/movies/nope");
    http.get("/tables/unknown");
    http.get("/health");

    assertThat(requests("movies", "create", "201").count()).isEqualTo(2);
    assertThat(requests("movies", "create", "201").totalTime(java.util.concurrent.TimeUnit.NANOSECONDS))
        .isPositive();
    assertThat(requests("movies", "read", "200").count()).isEqualTo(1);
    assertThat(requests("movies", "read", "404").count()).isEqualTo(1);
    assertThat(requests("-", "query", "404").count()).isEqualTo(1);
    assertThat(registry.find("offsync.requests").timers().stream().mapToLong(Timer::count).sum()).isEqualTo(5);
  }

  @Test
  void listPagesRecordTheirRows() {
    for (int i = 0; i < 3; i++) {
      http.post("/tables/movies", "{\"id\":\"m" + i + "\"}");
    }
    http.get("/tables/movies");
    http.get("/tables/movies?$top=2");
    http.get("/tables/movies?$filter=id%20eq%20'none'");

    DistributionSummary rows = registry.get("offsync.page.rows").tag("table", "movies").summary();
    assertThat(rows.count()).isEqualTo(3);
    assertThat(rows.totalAmount()).isEqualTo(5);
    assertThat(rows.max()).isEqualTo(3);
    assertThat(requests("movies", "query", "200").count()).isEqualTo(3);
  }

  @Test
  void conflictsAndFailedPreconditionsAreCounted() {
    http.post("/tables/movies", "{\"id\":\"m1\"}");
    http.post("/tables/movies", "{\"id\":\"m1\"}");
    http.put("/tables/movies/m1", "{\"id\":\"m1\"}", "If-Match", "\"stale\"");
    http.delete("/tables/movies/m1", "If-Match", "\"stale\"");

    assertThat(registry.get("offsync.conflicts").tags("table", "movies", "operation", "create").counter().count())
        .isEqualTo(1);
    assertThat(registry.get("offsync.conflicts").tags("table", "movies", "operation", "update").counter().count())
        .isEqualTo(1);
    assertThat(registry.get("offsync.conflicts").tags("table", "movies", "operation", "delete").counter().count())
        .isEqualTo(1);
    assertThat(requests("movies", "update", "412").count()).isEqualTo(1);
  }

  private Timer requests(String table, String operation, String status) {
    return registry.get("offsync.requests").tags("table", table, "operation", operation, "status", status).timer();
  }
}
