package dev.offsync.server.conformance;

/** {@link MetricsSpringConformance} on PostgreSQL: the registry from the application's context. */
@Served(by = SpringHost.class, on = Served.Database.POSTGRES)
class MetricsSpringPostgresIT extends MetricsSpringConformance {}
