package dev.offsync.benchmarks.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of {@code live} through the shaded jar at tiny sizes: it runs both modes, not how fast. */
class LiveLatencyJarIT {

  private static final Path JAR = Path.of("target", "offsync-benchmarks.jar");

  @Test
  void liveMeasuresTheFeedAndPolling(@TempDir Path folder) throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toAbsolutePath().toString(), "live", "--changes", "20", "--poll-changes", "5",
        "--poll-interval-ms", "100")
        .directory(folder.toFile())
        .redirectOutput(folder.resolve("stdout.txt").toFile())
        .redirectError(folder.resolve("stderr.txt").toFile())
        .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("live did not end within 2 minutes");
    }
    assertThat(process.exitValue()).as(Files.readString(folder.resolve("stderr.txt"))).isZero();
    List<String> lines = Files.readAllLines(folder.resolve("stdout.txt"));
    assertThat(String.join("\n", lines)).contains("change feed, pullDelay 50 ms", "changes    20",
        "polling every 100 ms", "changes     5");
    assertThat(lines.get(lines.size() - 1)).matches("p50 ratio polling / feed \\d+\\.\\d");
  }

  @Test
  void percentileIsTheNearestRank() {
    long[] values = {5, 1, 4, 2, 3};
    assertThat(LiveLatencyCommand.percentile(values, 50)).isEqualTo(3);
    assertThat(LiveLatencyCommand.percentile(values, 99)).isEqualTo(5);
    assertThat(LiveLatencyCommand.percentile(values, 100)).isEqualTo(5);
  }
}
