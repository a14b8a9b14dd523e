package dev.offsync.server.conformance;

/** {@link ListConformance} on SQLite, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.SQLITE)
class ListServletSqliteIT extends ListConformance {}
