package dev.offsync.server.conformance;

/** {@link ChangeStreamConformance} on SQLite, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.SQLITE)
class ChangeStreamServletSqliteIT extends ChangeStreamConformance {}
