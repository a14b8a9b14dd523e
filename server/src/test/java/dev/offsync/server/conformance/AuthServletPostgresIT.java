package dev.offsync.server.conformance;

/** {@link AuthConformance} on PostgreSQL, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.POSTGRES)
class AuthServletPostgresIT extends AuthConformance {}
