package dev.offsync.server.conformance;

/** {@link ConditionalConformance} on SQLite, served by a Spring Boot application through the starter. */
@Served(by = SpringHost.class, on = Served.Database.SQLITE)
class ConditionalSpringSqliteIT extends ConditionalConformance {}
