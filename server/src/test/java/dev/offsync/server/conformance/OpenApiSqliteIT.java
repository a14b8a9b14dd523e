package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link OpenApiConformance} on Sqlite. */
class OpenApiSqliteIT extends OpenApiConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.sqlite(temp);
  }
}
