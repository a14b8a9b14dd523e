package dev.offsync.server.conformance;

/** {@link CommitOrderConformance} on PostgreSQL, served by a Spring Boot application through the starter. */
@Served(by = SpringHost.class, on = Served.Database.POSTGRES)
class CommitOrderSpringPostgresIT extends CommitOrderConformance {}
