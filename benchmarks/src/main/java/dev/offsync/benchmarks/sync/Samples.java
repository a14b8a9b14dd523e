package dev.offsync.benchmarks.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Timings of one contender over several rounds, in seconds. */
final class Samples {

  private final List<Double> seconds = new ArrayList<>();

  /** Adds one timing, from {@code System.nanoTime()} values. */
  void add(long startNanos, long endNanos) {
    seconds.add((endNanos - startNanos) / 1e9);
  }

  /** Adds one timing in seconds. */
  void addSeconds(double value) {
    seconds.add(value);
  }

  List<Double> all() {
    return List.copyOf(seconds);
  }

  /** The median. */
  double median() {
    List<Double> sorted = new ArrayList<>(seconds);
    sorted.sort(null);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /**
   * The spread of the ratio {@code this / other} over the rounds, paired round by round, as
   * {@code min-max x}; one round gives one value.
   */
  String ratioSpread(Samples other) {
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int i = 0; i < Math.min(seconds.size(), other.seconds.size()); i++) {
      double ratio = seconds.get(i) / other.seconds.get(i);
      min = Math.min(min, ratio);
      max = Math.max(max, ratio);
    }
    return String.format(Locale.ROOT, "%.2f-%.2fx", min, max);
  }
}
