package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link HealthConformance} on Sqlite. */
class HealthSqliteIT extends HealthConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.sqlite(temp);
  }
}
