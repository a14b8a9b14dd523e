package dev.offsync.server.conformance;

/** {@link ChangeStreamConformance} on PostgreSQL, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.POSTGRES)
class ChangeStreamServletPostgresIT extends ChangeStreamConformance {}
