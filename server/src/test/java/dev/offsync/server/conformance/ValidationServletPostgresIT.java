package dev.offsync.server.conformance;

/** {@link ValidationConformance} on PostgreSQL, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.POSTGRES)
class ValidationServletPostgresIT extends ValidationConformance {}
