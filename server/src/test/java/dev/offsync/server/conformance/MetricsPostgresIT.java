package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link MetricsConformance} on PostgreSQL. */
class MetricsPostgresIT extends MetricsConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.postgres();
  }
}
