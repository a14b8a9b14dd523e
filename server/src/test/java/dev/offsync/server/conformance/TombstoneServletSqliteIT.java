package dev.offsync.server.conformance;

/** {@link TombstoneConformance} on SQLite, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.SQLITE)
class TombstoneServletSqliteIT extends TombstoneConformance {}
