package dev.offsync.server.conformance;

/** {@link CrudConformance} on PostgreSQL, served by the servlet in Jetty. */
@Served(by = ServletHost.class, on = Served.Database.POSTGRES)
class CrudServletPostgresIT extends CrudConformance {}
