package dev.offsync.server.conformance;

/** {@link SoftDeleteConformance} on PostgreSQL, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.POSTGRES)
class SoftDeleteServletPostgresIT extends SoftDeleteConformance {}
