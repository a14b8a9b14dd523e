package dev.offsync.benchmarks.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offsync.benchmarks.report.Report;
import dev.offsync.benchmarks.report.Row;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smoke run of the {@code coldstart} benchmark with one sample: every child JVM runs and is reported. It
 * proves that the benchmark works, not how fast a start is.
 */
class ColdStartCommandIT {

  @Test
  void everyContenderRunsInItsOwnJvmAndIsReported(@TempDir Path folder) throws Exception {
    ColdStartOptions options = ColdStartOptions.parse(List.of("--samples", "1", "--json",
        folder.resolve("r.json").toString()));
    ByteArrayOutputStream progress = new ByteArrayOutputStream();

    Report report = ColdStartCommand.measure(options, new PrintStream(progress, true, StandardCharsets.UTF_8),
        "coldstart smoke");
    report.writeJson(options.json());

    assertThat(progress.toString(StandardCharsets.UTF_8)).contains("coldstart: sample 1 of 1");
    assertThat(report.rows()).extracting(Row::benchmark).containsExactly(
        "cold start: first build(), new store, fresh JVM", "cold start: first insert + query after build()",
        "cold start: first build() + first insert + query", "cold start: first build(), native library pre-extracted");
    assertThat(report.rows()).allSatisfy(row -> assertThat(row.offsync()).isPositive());
    assertThat(report.facts()).containsKeys("cold start Offsync's own time: first build() minus floor (ms)",
        "cold start JVM start to main (ms)", "load average before",
        "cold start breakdown, rest of first build(): Offsync's classes, lock, store and schema (ms)",
        "cold start breakdown, java.net.http client, made at the first push or pull (after the rest) (ms)");
    // build() makes no HTTP client: the first push or pull does.
    assertThat(report.facts()).containsEntry("cold start JDK HTTP client threads after build()", 0L);
    JsonNode json = new ObjectMapper().readTree(options.json().toFile());
    assertThat(json.get("rows")).hasSize(4);
    assertThat(json.get("rows").get(0).get("target").asText()).isEqualTo("<= 1.5x floor");
  }
}
