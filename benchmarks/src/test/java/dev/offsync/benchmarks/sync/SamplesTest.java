package dev.offsync.benchmarks.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SamplesTest {

  @Test
  void medianOfOddAndEvenCounts() {
    Samples samples = new Samples();
    samples.addSeconds(3);
    samples.addSeconds(1);
    samples.addSeconds(2);
    assertThat(samples.median()).isEqualTo(2.0);

    samples.addSeconds(10);
    assertThat(samples.median()).isCloseTo(2.5, within(1e-9));
  }

  @Test
  void ratioSpreadPairsRoundByRound() {
    Samples ours = new Samples();
    Samples limit = new Samples();
    ours.addSeconds(2);
    limit.addSeconds(1);
    ours.addSeconds(3);
    limit.addSeconds(2);

    assertThat(ours.ratioSpread(limit)).isEqualTo("1.50-2.00x");
  }

  @Test
  void nanoTimesBecomeSeconds() {
    Samples samples = new Samples();
    samples.add(1_000_000_000L, 3_500_000_000L);
    assertThat(samples.all()).containsExactly(2.5);
  }
}
