package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link SoftDeleteConformance} on Postgres. */
class SoftDeletePostgresIT extends SoftDeleteConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.postgres();
  }
}
