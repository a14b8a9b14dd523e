package dev.offsync.server.conformance;

/** {@link SoftDeleteConformance} on SQLite, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.SQLITE)
class SoftDeleteServletSqliteIT extends SoftDeleteConformance {}
