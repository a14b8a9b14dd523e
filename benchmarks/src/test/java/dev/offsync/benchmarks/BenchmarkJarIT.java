package dev.offsync.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smoke run of the end-to-end benchmarks through the shaded jar, as a user runs them: tiny sizes, one
 * round. It proves the jar and every part work, not how fast they are.
 */
class BenchmarkJarIT {

  private static final Path JAR = Path.of("target", "offsync-benchmarks.jar");

  @Test
  void syncRunsEveryPartAndEndsWithThePullRatio(@TempDir Path folder) throws Exception {
    Path json = folder.resolve("results.json");
    List<String> lines = run(folder, "sync", "--records", "300", "--push-records", "30", "--rounds", "1",
        "--warmup-records", "0", "--scale", "300,600", "--delays", "1", "--delay-push-records", "16", "--json",
        json.toString());

    assertThat(lines.get(lines.size() - 1)).matches("pull ratio \\d+\\.\\d\\d");
    assertThat(lines.get(lines.size() - 2)).matches("pull client cpu ratio \\d+\\.\\d\\d");
    assertThat(String.join("\n", lines)).contains("full pull, 300 records", "full pull client CPU, 300 records",
        "incremental pull, nothing new", "push 30 inserts, parallelism 1", "push 30 inserts, parallelism 4",
        "push via 1 ms proxy, parallelism 1", "push via 1 ms proxy, parallelism 4",
        "push via 1 ms proxy, parallelism 16", ">= 0.8x plain ops/s", "pull cost per record, 300 records",
        "pull client CPU per record, 600 records", "pull client CPU per record, 600 against 300 records", "incremental pull HTTP requests: 1", "peak RSS (MiB)");
    JsonNode results = new ObjectMapper().readTree(json.toFile());
    assertThat(results.get("rows")).hasSize(13);
    assertThat(results.get("facts").get("full pull HTTP requests").asInt()).isEqualTo(3);
  }

  @Test
  void badOptionsAreRefusedWithTheList(@TempDir Path folder) throws Exception {
    Process process = start(folder, "sync", "--recrods", "5");
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(Files.readString(folder.resolve("stderr.txt"))).contains("Unknown option '--recrods'");
  }

  private static List<String> run(Path folder, String... args) throws IOException, InterruptedException {
    Process process = start(folder, args);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("The benchmark did not end within 2 minutes");
    }
    assertThat(process.exitValue()).as(Files.readString(folder.resolve("stderr.txt"))).isZero();
    return Files.readAllLines(folder.resolve("stdout.txt"));
  }

  private static Process start(Path folder, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(folder.toFile())
        .redirectOutput(folder.resolve("stdout.txt").toFile())
        .redirectError(folder.resolve("stderr.txt").toFile())
        .start();
  }
}
