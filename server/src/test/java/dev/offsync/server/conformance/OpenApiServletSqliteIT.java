package dev.offsync.server.conformance;

/** {@link OpenApiConformance} on SQLite, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.SQLITE)
class OpenApiServletSqliteIT extends OpenApiConformance {}
