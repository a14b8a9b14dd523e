package dev.offsync.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offsync.benchmarks.report.Row.Against;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  @Test
  void ratiosAreOffsyncOverTheOthers() {
    Row row = Row.of("x", "s", 3.0, 6.0, 2.0, null);

    assertThat(row.baselineRatio()).isEqualTo(0.5);
    assertThat(row.limitRatio()).isEqualTo(1.5);
    assertThat(row.met()).isNull();
    assertThat(row.withTarget(Against.LIMIT, 1.5).met()).isTrue();
    assertThat(row.withTarget(Against.LIMIT, 1.3).met()).isFalse();
    assertThat(row.withTarget(Against.BASELINE, 0.67).met()).isTrue();
    assertThat(Row.of("y", "s", 1.0, null, null, null).withTarget(Against.LIMIT, 2).met()).isFalse();
  }

  @Test
  void printsATableAndWritesJson(@TempDir Path folder) throws Exception {
    Report report = new Report("sync --records 10")
        .add(Row.of("full pull, 10 records", "s", 3.0, null, 2.0, "1.40-1.60x").withTarget(Against.LIMIT, 1.5))
        .fact("full pull HTTP requests", 1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    Path file = folder.resolve("results/r.json");
    report.writeJson(file);

    String table = bytes.toString(StandardCharsets.UTF_8);
    assertThat(table).contains("benchmark").contains("full pull, 10 records").contains("1.50x")
        .contains("<= 1.5x limit met").contains("full pull HTTP requests: 1");
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.get("command").asText()).isEqualTo("sync --records 10");
    assertThat(json.get("machine").get("availableProcessors").asInt()).isPositive();
    JsonNode row = json.get("rows").get(0);
    assertThat(row.get("offsync").asDouble()).isEqualTo(3.0);
    assertThat(row.get("baseline").isNull()).isTrue();
    assertThat(row.get("offsyncPerLimit").asDouble()).isEqualTo(1.5);
    assertThat(row.get("targetMet").asBoolean()).isTrue();
    assertThat(json.get("facts").get("full pull HTTP requests").asInt()).isEqualTo(1);
  }
}
