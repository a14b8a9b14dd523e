package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link HealthConformance} on Postgres. */
class HealthPostgresIT extends HealthConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.postgres();
  }
}
