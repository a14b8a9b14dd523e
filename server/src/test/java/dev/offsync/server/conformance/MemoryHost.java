package dev.offsync.server.conformance;

import dev.offsync.server.DatasyncServer;
import dev.offsync.server.memory.MemoryRepository;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The standalone server with every table in a {@link MemoryRepository} instead of the JDBC store: the
 * conformance suites run against a second repository implementation. The database only serves the health
 * check. Rows survive a restart on the same database, as they do in the JDBC store.
 */
final class MemoryHost implements TestHost {

  /** The repositories by database URL and table; each test's database URL is new. */
  private static final Map<String, MemoryRepository> STORES = new ConcurrentHashMap<>();

  @Override
  public Running start(String jdbcUrl, Consumer<DatasyncServer.Builder> configuration) {
    return STANDALONE.start(jdbcUrl, builder -> {
      configuration.accept(builder);
      builder.repositories(table -> STORES.computeIfAbsent(jdbcUrl + "#" + table.name(),
          key -> new MemoryRepository()));
    });
  }
}
