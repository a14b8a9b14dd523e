package dev.offsync.server.conformance;

/** {@link BadInputConformance} on PostgreSQL, served by a Spring Boot application through the starter. */
@Served(by = SpringHost.class, on = Served.Database.POSTGRES)
class BadInputSpringPostgresIT extends BadInputConformance {}
