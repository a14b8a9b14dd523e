package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link QueryConformance} on Postgres. */
class QueryPostgresIT extends QueryConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.postgres();
  }
}
