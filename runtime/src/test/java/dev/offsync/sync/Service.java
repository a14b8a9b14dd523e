package dev.offsync.sync;

import dev.offsync.HttpEngine;
import dev.offsync.SyncClient;
import dev.offsync.schema.TableDefinition;
import dev.offsync.server.Authenticator;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import dev.offsync.testing.TagTable;
import dev.offsync.testing.TodoTable;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The reference server on a SQLite file in a test folder, serving {@code todoitems} (soft delete on, small
 * pages) and {@code tags}, and clients (devices) connected to it. It can be stopped and started again on the
 * same port, to take the service away and bring it back.
 */
final class Service implements AutoCloseable {

  static final int PAGE_SIZE = 50;

  private final Path folder;
  private final Authenticator authenticator;
  /** The HTTP client of the devices. */
  private HttpEngine engine = HttpEngine.jdk();
  private DatasyncServer server;
  private int port;
  /** Clients opened by {@link #open}, closed with the service. */
  private final java.util.List<SyncClient> opened = new java.util.ArrayList<>();

  Service(Path folder) {
    this(folder, null);
  }

  Service(Path folder, Authenticator authenticator) {
    this.folder = folder;
    this.authenticator = authenticator;
    start();
  }

  /** Devices made from now on talk to the service through this HTTP client. */
  Service over(HttpEngine httpEngine) {
    this.engine = httpEngine;
    return this;
  }

  String jdbcUrl() {
    return "jdbc:sqlite:" + folder.resolve("service.db");
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  void start() {
    DatasyncServer.Builder builder = DatasyncServer.builder()
        .table(TableSchema.of(TodoTable.DEFINITION).withSoftDelete(true).withPageSize(PAGE_SIZE))
        .table(TableSchema.of(TagTable.DEFINITION).withSoftDelete(true))
        .database(jdbcUrl())
        .port(port);
    if (authenticator != null) {
      builder.authenticator(authenticator);
    }
    server = builder.build();
    server.start();
    port = server.port();
  }

  void stop() {
    server.stop();
  }

  /** A client ("device") with its own store file, connected to this service; no retries, short timeouts. */
  SyncClient.Builder device(String name) {
    return SyncClient.builder()
        .store(folder.resolve(name + ".db"))
        .tables(TodoTable.DEFINITION, TagTable.DEFINITION)
        .endpoint(uri())
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(20))
        .retryPolicy(dev.offsync.RetryPolicy.never())
        .httpEngine(engine);
  }

  /** A client built from {@link #device}, closed (before the server stops) by {@link #close()}. */
  SyncClient open(SyncClient.Builder builder) {
    SyncClient client = builder.build();
    opened.add(client);
    return client;
  }

  /** A JDBC connection to the service's database, to arrange data directly. */
  Connection database() throws SQLException {
    Connection connection = DriverManager.getConnection(jdbcUrl());
    connection.createStatement().execute("PRAGMA busy_timeout = 10000");
    return connection;
  }

  static TableDefinition<?>[] tables() {
    return new TableDefinition<?>[] {TodoTable.DEFINITION, TagTable.DEFINITION};
  }

  @Override
  public void close() {
    opened.forEach(SyncClient::close);
    server.stop();
  }
}
