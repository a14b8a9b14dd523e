package dev.offsync.server.conformance;

/** {@link MetricsSpringConformance} on SQLite: the registry from the application's context. */
@Served(by = SpringHost.class, on = Served.Database.SQLITE)
class MetricsSpringSqliteIT extends MetricsSpringConformance {}
