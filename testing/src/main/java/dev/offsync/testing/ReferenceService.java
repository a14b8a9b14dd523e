package dev.offsync.testing;

import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.schema.TableDefinition;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The reference Datasync service in this JVM, on 127.0.0.1 and a free port, keeping its tables in a SQLite
 * file in a folder of your test's; and devices connected to it. It can be stopped and started again on the
 * same port, to take the service away and bring it back.
 *
 * <pre>{@code
 * try (ReferenceService service = ReferenceService.start(folder, TodoItemTable.DEFINITION);
 *     SyncClient phone = service.device("phone").build()) {
 *   phone.table(TodoItemTable.DEFINITION).insert(item);
 *   phone.push();
 * }
 * }</pre>
 *
 * <p>Each table is served with soft delete on, so deletes reach other devices. Not thread-safe: start, stop
 * and close it from the test's thread.
 */
public final class ReferenceService implements AutoCloseable {

  private final Path folder;
  private final UnaryOperator<DatasyncServer.Builder> configuration;
  private final List<TableDefinition<?>> definitions;
  private DatasyncServer server;
  private int port;

  private ReferenceService(Path folder, UnaryOperator<DatasyncServer.Builder> configuration,
      List<TableDefinition<?>> definitions) {
    this.folder = folder;
    this.configuration = configuration;
    this.definitions = List.copyOf(definitions);
    restart();
  }

  /**
   * Starts a service for the app's tables (soft delete on), its database in {@code folder}.
   *
   * @throws IllegalArgumentException if no table is given
   */
  public static ReferenceService start(Path folder, TableDefinition<?>... tables) {
    List<TableSchema> schemas = new ArrayList<>();
    for (TableDefinition<?> table : tables) {
      schemas.add(TableSchema.of(table).withSoftDelete(true));
    }
    return start(folder, schemas, List.of(tables));
  }

  /**
   * Starts a service for these table schemas (your choice of soft delete and page size); devices get
   * {@code definitions}.
   *
   * @throws IllegalArgumentException if no table is given
   */
  public static ReferenceService start(Path folder, List<TableSchema> schemas, List<TableDefinition<?>> definitions) {
    if (schemas.isEmpty() || definitions.isEmpty()) {
      throw new IllegalArgumentException("Give the service at least one table, such as TodoItemTable.DEFINITION");
    }
    List<TableSchema> tables = List.copyOf(schemas);
    return configured(folder, builder -> {
      tables.forEach(builder::table);
      return builder;
    }, definitions);
  }

  /**
   * Starts a service configured by your own function (tables from a schema file, an authenticator, another
   * database), given a builder set to a SQLite database in {@code folder}, 127.0.0.1 and the port; it is
   * applied again on each {@link #restart()}. Devices get {@code definitions} (none: no {@link #device}).
   */
  public static ReferenceService configured(Path folder, UnaryOperator<DatasyncServer.Builder> configuration,
      List<TableDefinition<?>> definitions) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(configuration, "configuration");
    return new ReferenceService(folder, configuration, definitions);
  }

  /** The service's base URI, {@code http://127.0.0.1:PORT}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** The JDBC URL of the service's database, to arrange or inspect its data directly. */
  public String jdbcUrl() {
    return "jdbc:sqlite:" + folder.resolve("service.db");
  }

  /** Stops the service: devices find it unreachable until {@link #restart()}. */
  public void stop() {
    server.stop();
  }

  /** Starts the service again, on the same port as before (a free one the first time). */
  public void restart() {
    DatasyncServer.Builder builder = DatasyncServer.builder().database(jdbcUrl()).host("127.0.0.1").port(port);
    server = configuration.apply(builder).build().start();
    port = server.port();
  }

  /**
   * A builder for a device: its own store file {@code <name>.db} in the folder, the service's tables and
   * endpoint, short timeouts and no retries, so a test of an unreachable service ends quickly. Opening the
   * same name again opens the same store, as an app restart does; add settings before {@code build()}.
   */
  public SyncClient.Builder device(String name) {
    Objects.requireNonNull(name, "name");
    if (definitions.isEmpty()) {
      throw new IllegalStateException("This service was started without table definitions for devices: pass"
          + " them to ReferenceService.configured(...)");
    }
    return SyncClient.builder()
        .store(folder.resolve(name + ".db"))
        .tables(definitions.toArray(TableDefinition<?>[]::new))
        .endpoint(uri())
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(20))
        .retryPolicy(RetryPolicy.never());
  }

  /** Stops the service. */
  @Override
  public void close() {
    server.stop();
  }
}
