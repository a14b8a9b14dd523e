package dev.offsync.server.conformance;

/** {@link ListConformance} on PostgreSQL, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.POSTGRES)
class ListServletPostgresIT extends ListConformance {}
