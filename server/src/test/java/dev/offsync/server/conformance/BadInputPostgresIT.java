package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link BadInputConformance} on Postgres. */
class BadInputPostgresIT extends BadInputConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.postgres();
  }
}
