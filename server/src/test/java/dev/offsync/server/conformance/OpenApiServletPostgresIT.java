package dev.offsync.server.conformance;

/** {@link OpenApiConformance} on PostgreSQL, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.POSTGRES)
class OpenApiServletPostgresIT extends OpenApiConformance {}
