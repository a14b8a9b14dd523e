package dev.offsync.server.conformance;

/** {@link HealthConformance} on SQLite, served by a Spring Boot application through the starter. */
@Served(by = SpringHost.class, on = Served.Database.SQLITE)
class HealthSpringSqliteIT extends HealthConformance {}
