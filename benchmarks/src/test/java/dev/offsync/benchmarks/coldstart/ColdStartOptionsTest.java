package dev.offsync.benchmarks.coldstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColdStartOptionsTest {

  @Test
  void defaultsToTenSamplesAndTheDefaultFile() {
    assertThat(ColdStartOptions.parse(List.of())).isEqualTo(new ColdStartOptions(10, null));
  }

  @Test
  void readsSamplesAndJson() {
    assertThat(ColdStartOptions.parse(List.of("--samples", "3", "--json", "r.json")))
        .isEqualTo(new ColdStartOptions(3, Path.of("r.json")));
  }

  @Test
  void refusesUnknownOptionsAndBadCountsWithTheUsage() {
    assertThatThrownBy(() -> ColdStartOptions.parse(List.of("--sample", "3")))
        .hasMessage("Unknown option '--sample' or no value; usage: coldstart [--samples N] [--json FILE]");
    assertThatThrownBy(() -> ColdStartOptions.parse(List.of("--samples")))
        .hasMessageStartingWith("Unknown option '--samples' or no value");
    assertThatThrownBy(() -> ColdStartOptions.parse(List.of("--samples", "0")))
        .hasMessageStartingWith("--samples takes a whole number of at least 1, got '0'");
  }

  @Test
  void readsTheChildsLine() {
    ChildRun run = ChildRun.parse("noise\nCOLDSTART mainAtMillis=1250 build=2500000 insertQuery=1000000\n", 1000);

    assertThat(run.jvmToMainMillis()).isEqualTo(250);
    assertThat(run.millis("build")).isEqualTo(2.5);
    assertThat(run.phases()).containsOnlyKeys("build", "insertQuery");
  }
}
