package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link BadInputConformance} on Sqlite. */
class BadInputSqliteIT extends BadInputConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.sqlite(temp);
  }
}
