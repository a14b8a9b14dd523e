package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link CrudConformance} on Sqlite. */
class CrudSqliteIT extends CrudConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.sqlite(temp);
  }
}
