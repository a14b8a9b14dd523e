package dev.offsync.server.conformance;

/** {@link ValidationConformance} on SQLite, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.SQLITE)
class ValidationServletSqliteIT extends ValidationConformance {}
