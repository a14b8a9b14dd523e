package dev.offsync.benchmarks.server;

import java.util.Arrays;

/**
 * Every latency of a run, in nanoseconds, kept exactly (a run of 20 s at 20 000 requests/s is 400 000 longs):
 * percentiles are read from the sorted values, with no bucketing error.
 */
final class LatencyHistogram {

  private long[] values = new long[1024];
  private int count;
  private boolean sorted;

  void record(long nanos) {
    if (count == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[count++] = nanos;
    sorted = false;
  }

  void addAll(LatencyHistogram other) {
    for (int i = 0; i < other.count; i++) {
      record(other.values[i]);
    }
  }

  int count() {
    return count;
  }

  /** The latency at or below which {@code percent} of the values lie, in milliseconds; 0 when empty. */
  double percentileMillis(double percent) {
    if (count == 0) {
      return 0;
    }
    if (!sorted) {
      Arrays.sort(values, 0, count);
      sorted = true;
    }
    int index = (int) Math.ceil(percent / 100 * count) - 1;
    return values[Math.max(0, Math.min(count - 1, index))] / 1e6;
  }
}
