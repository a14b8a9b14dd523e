package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link ListConformance} on Postgres. */
class ListPostgresIT extends ListConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.postgres();
  }
}
