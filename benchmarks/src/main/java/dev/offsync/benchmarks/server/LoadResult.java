package dev.offsync.benchmarks.server;

/**
 * What one measured window saw.
 *
 * @param requests the requests answered inside the window
 * @param errors the answers with another status than expected
 * @param seconds the window's length
 * @param latencies each answered request's latency
 */
record LoadResult(long requests, long errors, double seconds, LatencyHistogram latencies) {

  double requestsPerSecond() {
    return requests / seconds;
  }

  double p50Millis() {
    return latencies.percentileMillis(50);
  }

  double p99Millis() {
    return latencies.percentileMillis(99);
  }
}
