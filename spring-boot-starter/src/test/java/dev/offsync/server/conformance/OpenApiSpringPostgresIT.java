package dev.offsync.server.conformance;

/** {@link OpenApiConformance} on PostgreSQL, served by a Spring Boot application through the starter. */
@Served(by = SpringHost.class, on = Served.Database.POSTGRES)
class OpenApiSpringPostgresIT extends OpenApiConformance {}
