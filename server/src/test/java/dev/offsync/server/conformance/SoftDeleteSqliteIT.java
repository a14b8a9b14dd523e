package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link SoftDeleteConformance} on Sqlite. */
class SoftDeleteSqliteIT extends SoftDeleteConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.sqlite(temp);
  }
}
