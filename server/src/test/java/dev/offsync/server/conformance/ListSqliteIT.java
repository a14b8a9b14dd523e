package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link ListConformance} on Sqlite. */
class ListSqliteIT extends ListConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.sqlite(temp);
  }
}
