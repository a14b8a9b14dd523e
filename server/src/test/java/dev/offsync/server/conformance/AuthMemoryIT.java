package dev.offsync.server.conformance;

/** {@link AuthConformance} with every table in a {@code MemoryRepository}, served by the standalone server. */
@Served(by = MemoryHost.class, on = Served.Database.SQLITE)
class AuthMemoryIT extends AuthConformance {}
