package dev.offsync.benchmarks.report;

/**
 * One line of the results: Offsync's figure beside its baseline and its limit, all measured in the same run
 * and in the same unit, lower is better (a time).
 *
 * @param benchmark what was measured
 * @param unit the unit of the three figures, such as {@code us/op}
 * @param offsync Offsync's figure (median or JMH score)
 * @param baseline what an application would otherwise use, or null when there is none
 * @param limit what the machine can do at best for the same work, or null
 * @param spread how much Offsync's figure varied within the run, as text ({@code ±3%}, {@code 1.1-1.3x})
 * @param target the target for the ratio, as text, or null
 * @param targetRatio the highest ratio that meets the target, or null
 * @param targetAgainst whether the target is on the ratio to the baseline or to the limit
 */
public record Row(String benchmark, String unit, double offsync, Double baseline, Double limit, String spread,
    String target, Double targetRatio, Against targetAgainst) {

  /** Which figure a target is measured against. */
  public enum Against {
    /** The ratio Offsync / baseline. */
    BASELINE,
    /** The ratio Offsync / limit. */
    LIMIT
  }

  /** A row without a target. */
  public static Row of(String benchmark, String unit, double offsync, Double baseline, Double limit,
      String spread) {
    return new Row(benchmark, unit, offsync, baseline, limit, spread, null, null, null);
  }

  /** The same row with a target: the ratio to {@code against} at most {@code ratio}. */
  public Row withTarget(Against against, double ratio) {
    String text = (against == Against.LIMIT ? "<= " + ratio + "x limit" : "<= " + ratio + "x baseline");
    return new Row(benchmark, unit, offsync, baseline, limit, spread, text, ratio, against);
  }

  /**
   * The same row with a target worded for the reader (for instance in operations per second, while the row's
   * figures are times): met when the ratio to {@code against} is at most {@code ratio}.
   */
  public Row withTarget(Against against, double ratio, String text) {
    return new Row(benchmark, unit, offsync, baseline, limit, spread, text, ratio, against);
  }

  /** Offsync / baseline, or null. */
  public Double baselineRatio() {
    return baseline == null || baseline == 0 ? null : offsync / baseline;
  }

  /** Offsync / limit, or null. */
  public Double limitRatio() {
    return limit == null || limit == 0 ? null : offsync / limit;
  }

  /** Whether the target is met; null without a target. */
  public Boolean met() {
    if (targetRatio == null) {
      return null;
    }
    Double ratio = targetAgainst == Against.LIMIT ? limitRatio() : baselineRatio();
    return ratio != null && ratio <= targetRatio;
  }
}
