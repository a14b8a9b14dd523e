package dev.offsync.server.conformance;

/** {@link MetricsConformance} on PostgreSQL, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.POSTGRES)
class MetricsServletPostgresIT extends MetricsConformance {}
