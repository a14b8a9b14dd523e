package dev.offsync.server.conformance;

/** {@link QueryConformance} on PostgreSQL, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.POSTGRES)
class QueryServletPostgresIT extends QueryConformance {}
