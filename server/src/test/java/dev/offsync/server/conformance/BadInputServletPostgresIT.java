package dev.offsync.server.conformance;

/** {@link BadInputConformance} on PostgreSQL, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.POSTGRES)
class BadInputServletPostgresIT extends BadInputConformance {}
