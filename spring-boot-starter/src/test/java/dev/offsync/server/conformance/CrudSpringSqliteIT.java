package dev.offsync.server.conformance;

/** {@link CrudConformance} on SQLite, served by a Spring Boot application through the starter. */
@Served(by = SpringHost.class, on = Served.Database.SQLITE)
class CrudSpringSqliteIT extends CrudConformance {}
