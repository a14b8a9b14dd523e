package dev.offsync.server.conformance;

/** {@link TombstoneConformance} on PostgreSQL, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.POSTGRES)
class TombstoneServletPostgresIT extends TombstoneConformance {}
