package dev.offsync.server.conformance;

/** {@link HealthConformance} on PostgreSQL, served by a Spring Boot application through the starter. */
@Served(by = SpringHost.class, on = Served.Database.POSTGRES)
class HealthSpringPostgresIT extends HealthConformance {}
