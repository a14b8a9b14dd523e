package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link MetricsConformance} on SQLite. */
class MetricsSqliteIT extends MetricsConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.sqlite(temp);
  }
}
