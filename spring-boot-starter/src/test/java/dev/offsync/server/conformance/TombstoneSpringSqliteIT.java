package dev.offsync.server.conformance;

/** {@link TombstoneConformance} on SQLite, served by a Spring Boot application through the starter. */
@Served(by = SpringHost.class, on = Served.Database.SQLITE)
class TombstoneSpringSqliteIT extends TombstoneConformance {}
