package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link ValidationConformance} on PostgreSQL. */
class ValidationPostgresIT extends ValidationConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.postgres();
  }
}
