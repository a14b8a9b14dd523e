package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link CommitOrderConformance} on Postgres. */
class CommitOrderPostgresIT extends CommitOrderConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.postgres();
  }
}
