package dev.offsync.server.conformance;

/** {@link BadInputConformance} on SQLite, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.SQLITE)
class BadInputServletSqliteIT extends BadInputConformance {}
