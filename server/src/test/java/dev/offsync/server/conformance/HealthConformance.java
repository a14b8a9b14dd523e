package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.server.DatasyncServer;
import org.junit.jupiter.api.Test;

/** {@code GET /health} of every host: 200 while the database answers, 503 when it does not. */
abstract class HealthConformance extends ServerTestBase {

  @Override
  void configure(DatasyncServer.Builder builder) {
    builder.table(MOVIES);
  }

  @Test
  void healthIs200WhileTheDatabaseServesAnd503WhenItsTablesAreGone() throws Exception {
    Http.Reply up = http.get("/health");
    assertThat(up.status()).isEqualTo(200);
    assertThat(up.json().get("status").asText()).isEqualTo("UP");
    assertThat(http.post("/health", "{}").status()).isEqualTo(405);
    try (java.sql.Connection connection = java.sql.DriverManager.getConnection(database.url());
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE \"__offsync_clock\"");
    }
    Http.Reply down = http.get("/health");
    assertThat(down.status()).isEqualTo(503);
    assertThat(down.json().get("status").asText()).isEqualTo("DOWN");
  }
}
