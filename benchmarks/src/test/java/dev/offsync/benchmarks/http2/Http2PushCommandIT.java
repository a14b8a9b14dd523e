package dev.offsync.benchmarks.http2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code http2} command at a tiny size: every cell's push completes through the delay proxy on both
 * protocols and engines, and HTTP/2 carries each push on one connection.
 */
class Http2PushCommandIT {

  @Test
  void everyCellPushesOnBothProtocolsAndHttp2UsesOneConnection() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int status = Http2PushCommand.run(List.of("--records", "8", "--delays", "1", "--parallelism", "4",
        "--no-warmup"),
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines()
        .filter(line -> line.startsWith("push ")).toList();
    assertThat(status).isZero();
    assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).contains("HTTP/2 / HTTP/1.1 ")
        .containsPattern("HTTP/2 [0-9.]+ ms/op \\(connections: 1\\)"));
    assertThat(lines.get(0)).startsWith("push jdk round trip 1 ms parallelism 4:");
    assertThat(lines.get(1)).startsWith("push okhttp round trip 1 ms parallelism 4:");
  }
}
