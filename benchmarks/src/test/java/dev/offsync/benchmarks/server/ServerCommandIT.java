package dev.offsync.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offsync.benchmarks.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smoke run of the {@code server} load benchmark at a tiny size (SQLite only, no Node, 0.3 s per cell), so
 * that it does not rot. It proves that every cell runs, gets the answers it expects and is reported, not how
 * fast the server is.
 */
class ServerCommandIT {

  @Test
  void everyCellRunsWithoutErrorsAndIsReported(@TempDir Path folder) throws Exception {
    ServerOptions options = ServerOptions.parse(List.of("--seconds", "0.3", "--warmup", "0.1", "--connections",
        "2", "--rows", "200", "--no-node", "--postgres", "none", "--json", folder.resolve("r.json").toString()));
    ByteArrayOutputStream progress = new ByteArrayOutputStream();

    Report report = ServerCommand.measure(options, new PrintStream(progress, true, StandardCharsets.UTF_8),
        "server smoke");
    report.writeJson(options.json());

    assertThat(progress.toString(StandardCharsets.UTF_8)).contains("PostgreSQL: skipped",
        "Node v2 server: skipped (--no-node)");
    assertThat(report.rows()).extracting(row -> row.benchmark()).containsExactly(
        "server list page of 50, 2 connections, time per request (1 / throughput)",
        "server POST new item, 2 connections, time per request (1 / throughput)");
    Map<String, Object> facts = report.facts();
    assertThat(facts).hasSize(2);
    assertThat(facts.values()).allSatisfy(fact -> assertThat(fact.toString())
        .matches("\\d+ requests/s p50 \\d+\\.\\d\\d ms p99 \\d+\\.\\d\\d ms server CPU (\\d+ us/request|-) errors 0")
        .doesNotStartWith("0 requests/s"));
    JsonNode json = new ObjectMapper().readTree(options.json().toFile());
    assertThat(json.get("rows")).hasSize(2);
  }
}
