package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link CrudConformance} on Postgres. */
class CrudPostgresIT extends CrudConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.postgres();
  }
}
