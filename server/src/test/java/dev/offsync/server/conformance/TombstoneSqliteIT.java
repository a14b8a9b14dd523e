package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link TombstoneConformance} on Sqlite. */
class TombstoneSqliteIT extends TombstoneConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.sqlite(temp);
  }
}
