package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link TombstoneConformance} on Postgres. */
class TombstonePostgresIT extends TombstoneConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.postgres();
  }
}
