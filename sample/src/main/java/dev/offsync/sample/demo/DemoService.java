package dev.offsync.sample.demo;

import dev.offsync.sample.model.TagTable;
import dev.offsync.sample.model.TodoItemTable;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import java.net.URI;
import java.nio.file.Path;

/**
 * The reference Datasync service, in-process on a SQLite file, serving the sample's two tables with soft
 * delete (so deletions reach other devices). It can be stopped and started again on the same port, which is
 * how the demo takes the network away from a device and gives it back.
 */
final class DemoService implements AutoCloseable {

  private final Path database;
  private DatasyncServer server;
  private int port;

  private DemoService(Path database) {
    this.database = database;
  }

  /** Starts the service on a free port of 127.0.0.1, storing its tables in {@code database}. */
  static DemoService start(Path database) {
    DemoService service = new DemoService(database);
    service.start();
    return service;
  }

  /** The sample's tables as the service keeps them. */
  static TableSchema[] tables() {
    return new TableSchema[] {
        TableSchema.of(TodoItemTable.DEFINITION).withSoftDelete(true),
        TableSchema.of(TagTable.DEFINITION).withSoftDelete(true)};
  }

  /** Starts listening again, on the port it had (a free one the first time). */
  void start() {
    DatasyncServer.Builder builder = DatasyncServer.builder()
        .database("jdbc:sqlite:" + database)
        .port(port);
    for (TableSchema table : tables()) {
      builder.table(table);
    }
    server = builder.build().start();
    port = server.port();
  }

  /** Stops listening; clients now get "connection refused", as when offline. */
  void stop() {
    server.stop();
  }

  /** The service's base URI. */
  URI uri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** The SQLite file of the service. */
  Path database() {
    return database;
  }

  @Override
  public void close() {
    server.stop();
  }
}
