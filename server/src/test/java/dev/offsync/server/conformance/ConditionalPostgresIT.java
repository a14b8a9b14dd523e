package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link ConditionalConformance} on Postgres. */
class ConditionalPostgresIT extends ConditionalConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.postgres();
  }
}
