package dev.offsync.server.conformance;

/** {@link ValidationConformance} with every table in a {@code MemoryRepository}, served by the standalone server. */
@Served(by = MemoryHost.class, on = Served.Database.SQLITE)
class ValidationMemoryIT extends ValidationConformance {}
