package dev.offsync.server.conformance;

/** {@link MetricsConformance} on SQLite, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.SQLITE)
class MetricsServletSqliteIT extends MetricsConformance {}
