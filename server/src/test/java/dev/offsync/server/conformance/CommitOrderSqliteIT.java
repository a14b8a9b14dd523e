package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link CommitOrderConformance} on Sqlite. */
class CommitOrderSqliteIT extends CommitOrderConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.sqlite(temp);
  }
}
