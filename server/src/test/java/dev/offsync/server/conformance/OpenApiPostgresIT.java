package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link OpenApiConformance} on Postgres. */
class OpenApiPostgresIT extends OpenApiConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.postgres();
  }
}
