package dev.offsync.server.conformance;

/** {@link CommitOrderConformance} on PostgreSQL, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.POSTGRES)
class CommitOrderServletPostgresIT extends CommitOrderConformance {}
