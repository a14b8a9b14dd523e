package dev.offsync.server.conformance;

/** {@link CrudConformance} on SQLite, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.SQLITE)
class CrudServletSqliteIT extends CrudConformance {}
