package dev.offsync.server.conformance;

/** {@link HealthConformance} on SQLite, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.SQLITE)
class HealthServletSqliteIT extends HealthConformance {}
