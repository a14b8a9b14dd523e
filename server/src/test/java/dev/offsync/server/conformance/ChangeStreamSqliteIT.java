package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link ChangeStreamConformance} on SQLite, served by the standalone server. */
class ChangeStreamSqliteIT extends ChangeStreamConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.sqlite(temp);
  }
}
