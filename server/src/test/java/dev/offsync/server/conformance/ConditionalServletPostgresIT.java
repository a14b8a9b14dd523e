package dev.offsync.server.conformance;

/** {@link ConditionalConformance} on PostgreSQL, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.POSTGRES)
class ConditionalServletPostgresIT extends ConditionalConformance {}
