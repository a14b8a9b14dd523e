package dev.offsync.sample.demo;

import dev.offsync.sample.model.TagTable;
import dev.offsync.sample.model.TodoItemTable;
import dev.offsync.testing.ReferenceService;
import java.net.URI;
import java.nio.file.Path;

/**
 * The reference Datasync service, in-process on a SQLite file, serving the sample's two tables with soft
 * delete (so deletions reach other devices): offsync-testing's {@link ReferenceService}, as an app's own tests
 * would start it. It can be stopped and started again on the same port, which is how the demo takes the network
 * away from a device and gives it back.
 */
final class DemoService implements AutoCloseable {

  private final ReferenceService service;
  private final Path database;

  private DemoService(ReferenceService service, Path database) {
    this.service = service;
    this.database = database;
  }

  /** Starts the service on a free port of 127.0.0.1, storing its tables in {@code folder/service.db}. */
  static DemoService start(Path folder) {
    return new DemoService(ReferenceService.start(folder, TodoItemTable.DEFINITION, TagTable.DEFINITION),
        folder.resolve("service.db"));
  }

  /** Starts listening again, on the port it had. */
  void start() {
    service.restart();
  }

  /** Stops listening; clients now get "connection refused", as when offline. */
  void stop() {
    service.stop();
  }

  /** The service's base URI. */
  URI uri() {
    return service.uri();
  }

  /** The service's SQLite file. */
  Path database() {
    return database;
  }

  @Override
  public void close() {
    service.close();
  }
}
