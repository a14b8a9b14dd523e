package dev.offsync.server.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliOptionsTest {

  @Test
  void defaults() {
    CliOptions options = CliOptions.parse(List.of("--schema", "tables.json"));
    assertThat(options.host()).isEqualTo("127.0.0.1");
    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.database()).isEqualTo("jdbc:sqlite:offsync.db");
    assertThat(options.schema()).isEqualTo(Path.of("tables.json"));
    assertThat(options.tokens()).isNull();
    assertThat(options.pageSize()).isEqualTo(100);
    assertThat(options.strictApiVersion()).isFalse();
    assertThat(options.heartbeatSeconds()).isEqualTo(15);
    assertThat(options.maxChangeStreams()).isEqualTo(100);
  }

  @Test
  void everyOption() {
    CliOptions options = CliOptions.parse(List.of("--port", "0", "--host", "0.0.0.0", "--database",
        "jdbc:postgresql://db/x", "--schema", "s.json", "--models", "a.jar", "--models", "b", "--table-options",
        "o.json", "--tokens", "t.json", "--page-size", "50", "--max-top",
        "1000", "--max-body-bytes", "4096", "--strict-api-version", "--ignore-unknown-fields",
        "--change-stream-heartbeat", "30", "--max-change-streams", "7"));
    assertThat(options).isEqualTo(new CliOptions(false, false, "0.0.0.0", 0, "jdbc:postgresql://db/x", Path.of("s.json"),
        List.of(Path.of("a.jar"), Path.of("b")), Path.of("o.json"), Path.of("t.json"), 50, 1000, 4096, true, true,
        30, 7));
  }

  @Test
  void mistakesAreNamed() {
    assertThatThrownBy(() -> CliOptions.parse(List.of())).hasMessageContaining("--schema");
    assertThatThrownBy(() -> CliOptions.parse(List.of("--schema")))
        .hasMessageContaining("Missing required parameter for option '--schema'");
    assertThatThrownBy(() -> CliOptions.parse(List.of("--schema", "--port", "1")))
        .hasMessageContaining("Expected parameter for option '--schema' but found '--port'");
    assertThatThrownBy(() -> CliOptions.parse(List.of("--schema", "s", "--port", "70000")))
        .hasMessageContaining("--port");
    assertThatThrownBy(() -> CliOptions.parse(List.of("--schema", "s", "--page-size", "x")))
        .hasMessageContaining("--page-size");
    assertThatThrownBy(() -> CliOptions.parse(List.of("--schema", "s", "--verbose")))
        .hasMessageContaining("Unknown option: '--verbose'").hasMessageEndingWith("see --help");
  }

  @Test
  void valuesMayFollowAnEqualsSign() {
    CliOptions options = CliOptions.parse(List.of("--schema=s.json", "--port=0", "--database=jdbc:sqlite:a=b.db",
        "--models=a.jar", "--models", "b.jar", "--page-size=7"));
    assertThat(options.schema()).isEqualTo(Path.of("s.json"));
    assertThat(options.port()).isZero();
    assertThat(options.database()).isEqualTo("jdbc:sqlite:a=b.db");
    assertThat(options.models()).containsExactly(Path.of("a.jar"), Path.of("b.jar"));
    assertThat(options.pageSize()).isEqualTo(7);
    assertThatThrownBy(() -> CliOptions.parse(List.of("--schema=s", "--max-top=0")))
        .hasMessageContaining("--max-top needs a whole number from 1");
  }

  @Test
  void helpAndVersionNeedNothingElse() {
    assertThat(CliOptions.parse(List.of("--help")).help()).isTrue();
    assertThat(CliOptions.parse(List.of("-h")).help()).isTrue();
    assertThat(CliOptions.parse(List.of("--version")).version()).isTrue();
    assertThat(CliOptions.parse(List.of("-V")).version()).isTrue();
  }
}
