package dev.offsync.server.internal;

import dev.offsync.server.AccessPolicy;
import dev.offsync.server.Authenticator;
import dev.offsync.server.TableSchema;
import dev.offsync.server.internal.javalin.JavalinAdapter;
import dev.offsync.server.internal.model.Table;
import dev.offsync.server.internal.protocol.DatasyncHandler;
import dev.offsync.server.internal.protocol.DatasyncHandlers;
import dev.offsync.server.internal.protocol.RequestMetrics;
import dev.offsync.server.internal.storage.Database;
import dev.offsync.server.internal.storage.SchemaManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running server: the database pool and the HTTP listener, closed together. */
public final class ServerRuntime implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ServerRuntime.class);

  private final Database database;
  private final JavalinAdapter http;

  private ServerRuntime(Database database, JavalinAdapter http) {
    this.database = database;
    this.http = http;
  }

  /** Opens the database, prepares the tables and starts listening; closes what it opened if a step fails. */
  public static ServerRuntime start(List<TableSchema> schemas, String jdbcUrl, String host, int port,
      int pageSize, int maxTop, long maxBodyBytes, boolean strictApiVersion, boolean ignoreUnknownFields,
      Authenticator authenticator,
      AccessPolicy policy, Map<String, AccessPolicy> tablePolicies, Clock clock, RequestMetrics metrics) {
    List<Table> tables = schemas.stream().map(schema -> new Table(schema, pageSize)).toList();
    Database database = Database.open(jdbcUrl);
    try {
      SchemaManager schemaManager = new SchemaManager(database);
      tables.forEach(schemaManager::ensure);
      DatasyncHandler handler = DatasyncHandlers.create(tables, database, policy, tablePolicies, clock, maxTop,
          new DatasyncHandler.Settings(authenticator, maxBodyBytes, strictApiVersion, ignoreUnknownFields,
              metrics));
      JavalinAdapter http = JavalinAdapter.start(handler, host, port);
      LOG.info("Serving {} table(s) on {}:{}", tables.size(), host, http.port());
      return new ServerRuntime(database, http);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The port it listens on. */
  public int port() {
    return http.port();
  }

  /** Stops listening, then closes the database. */
  @Override
  public void close() {
    try {
      http.close();
    } finally {
      database.close();
    }
  }
}
