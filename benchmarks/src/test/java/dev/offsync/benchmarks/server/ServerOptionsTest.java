package dev.offsync.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

  @Test
  void defaultsAreTheDocumentedRun() {
    ServerOptions options = ServerOptions.parse(List.of("--postgres", "none"));

    assertThat(options.seconds()).isEqualTo(15);
    assertThat(options.warmupSeconds()).isEqualTo(30);
    assertThat(options.connections()).containsExactly(8, 32);
    assertThat(options.rows()).isEqualTo(5_000);
    assertThat(options.workloads()).containsExactlyInAnyOrder("list", "post");
    assertThat(options.postgresUrl()).isNull();
    assertThat(options.node()).isTrue();
  }

  @Test
  void optionsAreReadAndBadOnesRefusedWithTheList() {
    ServerOptions options = ServerOptions.parse(List.of("--seconds", "0.5", "--connections", "1,4", "--only",
        "post", "--no-node", "--postgres", "jdbc:postgresql://h/db", "--server-jvm", "-Xmx64m -XX:+UseSerialGC"));

    assertThat(options.seconds()).isEqualTo(0.5);
    assertThat(options.connections()).containsExactly(1, 4);
    assertThat(options.workloads()).containsExactly("post");
    assertThat(options.node()).isFalse();
    assertThat(options.postgresUrl()).isEqualTo("jdbc:postgresql://h/db");
    assertThat(options.serverJvmOptions()).containsExactly("-Xmx64m", "-XX:+UseSerialGC");
    assertThatThrownBy(() -> ServerOptions.parse(List.of("--conections", "8")))
        .hasMessageContaining("Unknown option '--conections'").hasMessageContaining("--connections N,N");
    assertThatThrownBy(() -> ServerOptions.parse(List.of("--only", "delete")))
        .hasMessageContaining("--only takes workloads among");
    assertThatThrownBy(() -> ServerOptions.parse(List.of("--seconds")))
        .hasMessageContaining("--seconds needs a value");
    assertThatThrownBy(() -> ServerOptions.parse(List.of("--connections", "0")))
        .hasMessageContaining("from 1 to 1024");
  }
}
