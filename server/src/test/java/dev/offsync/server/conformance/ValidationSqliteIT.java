package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link ValidationConformance} on SQLite. */
class ValidationSqliteIT extends ValidationConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.sqlite(temp);
  }
}
