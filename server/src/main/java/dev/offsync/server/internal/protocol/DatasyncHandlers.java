package dev.offsync.server.internal.protocol;

import dev.offsync.server.AccessPolicy;
import dev.offsync.server.Repository;
import dev.offsync.server.internal.model.Table;
import dev.offsync.server.internal.storage.Database;
import dev.offsync.server.internal.storage.JdbcRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the protocol core for a set of tables on one database. */
public final class DatasyncHandlers {

  private DatasyncHandlers() {}

  /**
   * A handler serving these tables, whose storage must already exist: each in its repository of
   * {@code repositories}, or in the built-in JDBC store of {@code database}.
   */
  public static DatasyncHandler create(List<Table> tables, Database database, Map<String, Repository> repositories,
      AccessPolicy policy, Map<String, AccessPolicy> tablePolicies, Clock clock, int maxTop,
      DatasyncHandler.Settings settings) {
    Map<String, TableContext> contexts = new LinkedHashMap<>();
    for (Table table : tables) {
      Repository repository = repositories.get(table.name());
      contexts.put(table.name(), TableContext.of(table, repository == null ? new JdbcRepository(database, table)
          : repository, tablePolicies.getOrDefault(table.name(), policy), clock, maxTop));
    }
    return new DatasyncHandler(contexts, database, settings);
  }
}
