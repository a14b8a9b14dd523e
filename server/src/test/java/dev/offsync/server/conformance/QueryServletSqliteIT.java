package dev.offsync.server.conformance;

/** {@link QueryConformance} on SQLite, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.SQLITE)
class QueryServletSqliteIT extends QueryConformance {}
