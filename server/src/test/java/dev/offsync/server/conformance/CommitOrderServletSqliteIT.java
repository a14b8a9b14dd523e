package dev.offsync.server.conformance;

/** {@link CommitOrderConformance} on SQLite, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.SQLITE)
class CommitOrderServletSqliteIT extends CommitOrderConformance {}
