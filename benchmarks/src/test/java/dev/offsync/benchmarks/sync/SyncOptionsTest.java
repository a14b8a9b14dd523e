package dev.offsync.benchmarks.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyncOptionsTest {

  @Test
  void defaultsAreTheIssuesSizes() {
    SyncOptions options = SyncOptions.parse(List.of());

    assertThat(options.records()).isEqualTo(100_000);
    assertThat(options.pushRecords()).isEqualTo(10_000);
    assertThat(options.pageSize()).isEqualTo(100);
    assertThat(options.scale()).containsExactly(10_000, 100_000, 1_000_000);
    assertThat(options.parts()).isEqualTo(SyncOptions.ALL_PARTS);
    assertThat(options.warmupRecords()).isEqualTo(20_000);
    assertThat(options.warmupRounds()).isEqualTo(3);
  }

  @Test
  void readsEveryOption() {
    SyncOptions options = SyncOptions.parse(List.of("--records", "1_000_000", "--push-records", "50", "--rounds",
        "5", "--page-size", "500", "--scale", "10,20", "--only", "pull,incremental", "--json", "out.json",
        "--warmup-records", "0", "--warmup-rounds", "1"));

    assertThat(options.records()).isEqualTo(1_000_000);
    assertThat(options.pushRecords()).isEqualTo(50);
    assertThat(options.rounds()).isEqualTo(5);
    assertThat(options.pageSize()).isEqualTo(500);
    assertThat(options.scale()).containsExactly(10, 20);
    assertThat(options.parts()).isEqualTo(Set.of("pull", "incremental"));
    assertThat(options.json()).isEqualTo(Path.of("out.json"));
    assertThat(options.warmupRecords()).isZero();
    assertThat(options.warmupRounds()).isEqualTo(1);
  }

  @Test
  void aMillionRecordsScaleByTens() {
    assertThat(SyncOptions.parse(List.of("--records", "1000000")).scale())
        .containsExactly(10_000, 100_000, 1_000_000);
  }

  @Test
  void anotherMainSizeJoinsTheDefaultScale() {
    assertThat(SyncOptions.parse(List.of("--records", "50000")).scale())
        .containsExactly(10_000, 50_000, 100_000, 1_000_000);
  }

  @Test
  void refusesWhatItCannotRun() {
    assertThatThrownBy(() -> SyncOptions.parse(List.of("--recrods", "5")))
        .hasMessageContaining("Unknown option '--recrods'").hasMessageContaining("--records N");
    assertThatThrownBy(() -> SyncOptions.parse(List.of("--records", "many")))
        .hasMessage("--records needs a number, got 'many'");
    assertThatThrownBy(() -> SyncOptions.parse(List.of("--records", "0")))
        .hasMessage("--records must be positive, got 0");
    assertThatThrownBy(() -> SyncOptions.parse(List.of("--rounds")))
        .hasMessage("--rounds needs a value");
    assertThatThrownBy(() -> SyncOptions.parse(List.of("--only", "pull,memory")))
        .hasMessageContaining("--only takes parts among");
    assertThatThrownBy(() -> SyncOptions.parse(List.of("--only", "incremental")))
        .hasMessageContaining("needs pull too");
  }
}
