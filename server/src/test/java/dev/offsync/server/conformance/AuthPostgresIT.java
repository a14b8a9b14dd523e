package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link AuthConformance} on Postgres. */
class AuthPostgresIT extends AuthConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.postgres();
  }
}
