package dev.offsync.server.conformance;

/** {@link ConditionalConformance} on SQLite, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.SQLITE)
class ConditionalServletSqliteIT extends ConditionalConformance {}
