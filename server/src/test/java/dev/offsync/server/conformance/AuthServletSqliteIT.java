package dev.offsync.server.conformance;

/** {@link AuthConformance} on SQLite, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.SQLITE)
class AuthServletSqliteIT extends AuthConformance {}
