package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link ConditionalConformance} on Sqlite. */
class ConditionalSqliteIT extends ConditionalConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.sqlite(temp);
  }
}
