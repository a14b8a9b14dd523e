package dev.offsync.server.conformance;

/** {@link QueryConformance} on PostgreSQL, served by a Spring Boot application through the starter. */
@Served(by = SpringHost.class, on = Served.Database.POSTGRES)
class QuerySpringPostgresIT extends QueryConformance {}
