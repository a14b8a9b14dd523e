package dev.offsync.server.conformance;

import java.nio.file.Path;

/** {@link ChangeStreamConformance} on PostgreSQL (notices through LISTEN/NOTIFY), served by the standalone server. */
class ChangeStreamPostgresIT extends ChangeStreamConformance {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.postgres();
  }
}
