package dev.offsync.server.conformance;

/** {@link OpenApiConformance} on SQLite, served by a Spring Boot application through the starter. */
@Served(by = SpringHost.class, on = Served.Database.SQLITE)
class OpenApiSpringSqliteIT extends OpenApiConformance {}
