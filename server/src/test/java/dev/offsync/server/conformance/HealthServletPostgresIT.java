package dev.offsync.server.conformance;

/** {@link HealthConformance} on PostgreSQL, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.POSTGRES)
class HealthServletPostgresIT extends HealthConformance {}
