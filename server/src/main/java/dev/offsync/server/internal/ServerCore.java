package dev.offsync.server.internal;

import dev.offsync.server.AccessPolicy;
import dev.offsync.server.Authenticator;
import dev.offsync.server.Repository;
import dev.offsync.server.TableSchema;
import dev.offsync.server.internal.model.Table;
import dev.offsync.server.internal.protocol.DatasyncHandler;
import dev.offsync.server.internal.protocol.DatasyncHandlers;
import dev.offsync.server.internal.protocol.RequestMetrics;
import dev.offsync.server.internal.storage.Database;
import dev.offsync.server.internal.storage.SchemaManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The protocol core on a database whose tables are ready: what every host serves, closed with the database. */
public final class ServerCore implements AutoCloseable {

  private final Database database;
  private final DatasyncHandler handler;
  private final int tableCount;

  private ServerCore(Database database, DatasyncHandler handler, int tableCount) {
    this.database = database;
    this.handler = handler;
    this.tableCount = tableCount;
  }

  /**
   * Creates or completes the tables of the built-in store and builds the core; closes the database if a step
   * fails. Tables with a repository of {@code repositories} get no SQL table.
   */
  public static ServerCore open(List<TableSchema> schemas, Database database, Map<String, Repository> repositories,
      int pageSize, int maxTop, long maxBodyBytes, boolean strictApiVersion, boolean ignoreUnknownFields,
      Authenticator authenticator, AccessPolicy policy, Map<String, AccessPolicy> tablePolicies, Clock clock,
      RequestMetrics metrics) {
    try {
      List<Table> tables = schemas.stream().map(schema -> new Table(schema, pageSize)).toList();
      SchemaManager schemaManager = new SchemaManager(database);
      schemaManager.ensureClock();
      tables.stream().filter(table -> !repositories.containsKey(table.name())).forEach(schemaManager::ensure);
      DatasyncHandler handler = DatasyncHandlers.create(tables, database, repositories, policy, tablePolicies,
          clock, maxTop,
          new DatasyncHandler.Settings(authenticator, maxBodyBytes, strictApiVersion, ignoreUnknownFields,
              metrics));
      return new ServerCore(database, handler, tables.size());
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The protocol core: one request in, one response out. */
  public DatasyncHandler handler() {
    return handler;
  }

  /** The number of tables served. */
  public int tableCount() {
    return tableCount;
  }

  /** Closes the database (a host application's data source stays open). */
  @Override
  public void close() {
    database.close();
  }
}
