package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link AuthConformance} on Sqlite. */
class AuthSqliteIT extends AuthConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.sqlite(temp);
  }
}
