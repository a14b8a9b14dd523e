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
import dev.offsync.server.internal.changes.ChangeBus;
import dev.offsync.server.internal.changes.ChangeStreams;
import dev.offsync.server.internal.changes.LocalChangeBus;
import dev.offsync.server.internal.changes.PostgresChangeBus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The protocol core on a database whose tables are ready: what every host serves, closed with the database. */
public final class ServerCore implements AutoCloseable {

  private final Database database;
  private final ChangeStreams changes;
  private final DatasyncHandler handler;
  private final int tableCount;

  private ServerCore(Database database, ChangeStreams changes, DatasyncHandler handler, int tableCount) {
    this.database = database;
    this.changes = changes;
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
      RequestMetrics metrics, ChangeStreamSettings streams) {
    ChangeStreams changes = null;
    try {
      List<Table> tables = schemas.stream().map(schema -> new Table(schema, pageSize)).toList();
      SchemaManager schemaManager = new SchemaManager(database);
      schemaManager.ensureClock();
      tables.stream().filter(table -> !repositories.containsKey(table.name())).forEach(schemaManager::ensure);
      // PostgreSQL may be shared by several servers, so notices go through it; SQLite has one server.
      ChangeBus bus = database.isPostgres() ? PostgresChangeBus.start(database) : new LocalChangeBus();
      changes = new ChangeStreams(bus, streams.heartbeat(), streams.maxStreams());
      DatasyncHandler handler = DatasyncHandlers.create(tables, database, repositories, policy, tablePolicies,
          clock, maxTop, changes, new DatasyncHandler.Settings(authenticator, maxBodyBytes, strictApiVersion,
              ignoreUnknownFields, metrics));
      return new ServerCore(database, changes, handler, tables.size());
    } catch (RuntimeException e) {
      if (changes != null) {
        changes.close();
      }
      database.close();
      throw e;
    }
  }

  /**
   * The settings of the change streams.
   *
   * @param heartbeat the pause between heartbeats of an idle stream
   * @param maxStreams the most streams open at once; more are answered 503
   */
  public record ChangeStreamSettings(Duration heartbeat, int maxStreams) {}

  /** Ends every change stream, so that a stopping host does not wait on them; new ones are refused. */
  public void closeChangeStreams() {
    changes.close();
  }

  /** The protocol core: one request in, one response out. */
  public DatasyncHandler handler() {
    return handler;
  }

  /** The number of tables served. */
  public int tableCount() {
    return tableCount;
  }

  /** Ends the change streams and closes the database (a host application's data source stays open). */
  @Override
  public void close() {
    try {
      changes.close();
    } finally {
      database.close();
    }
  }
}
