package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link QueryConformance} on Sqlite. */
class QuerySqliteIT extends QueryConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.sqlite(temp);
  }
}
