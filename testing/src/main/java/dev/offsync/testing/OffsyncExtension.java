package dev.offsync.testing;

import dev.offsync.SyncClient;
import dev.offsync.schema.TableDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that gives each test the reference service, in-process on 127.0.0.1 and a free port,
 * serving the app's tables, and ready clients for as many simulated devices as the test wants; everything
 * is closed and deleted after the test.
 *
 * <pre>{@code
 * @RegisterExtension
 * final OffsyncExtension offsync = OffsyncExtension.withTables(TodoItemTable.DEFINITION);
 *
 * @Test
 * void anEditReachesTheOtherDevice() {
 *   SyncClient phone = offsync.device("phone");
 *   SyncClient laptop = offsync.device("laptop");
 *   ...
 * }
 * }</pre>
 *
 * <p>Register it on an instance field (one service per test). Devices keep their stores in the test's
 * folder: close a device's client and ask for the same name again to restart the app on the same store.
 */
public final class OffsyncExtension implements BeforeEachCallback, AfterEachCallback {

  private final List<TableDefinition<?>> tables;
  private final List<SyncClient> devices = new ArrayList<>();
  private Path folder;
  private ReferenceService service;

  private OffsyncExtension(List<TableDefinition<?>> tables) {
    this.tables = tables;
  }

  /**
   * An extension serving these tables, by their generated definitions.
   *
   * @throws IllegalArgumentException if none is given
   */
  public static OffsyncExtension withTables(TableDefinition<?>... tables) {
    if (tables.length == 0) {
      throw new IllegalArgumentException("Give the extension the app's tables, such as TodoItemTable.DEFINITION");
    }
    return new OffsyncExtension(List.of(tables));
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    folder = Files.createTempDirectory("offsync-test-");
    service = ReferenceService.start(folder, tables.toArray(TableDefinition<?>[]::new));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    devices.forEach(SyncClient::close);
    devices.clear();
    service.close();
    service = null;
    deleteFolder();
  }

  /** The running service of the current test. */
  public ReferenceService service() {
    return requireStarted();
  }

  /** A ready client for a device with its own store, connected to the service; closed after the test. */
  public SyncClient device(String name) {
    return device(name, UnaryOperator.identity());
  }

  /**
   * A client for a device, with settings of the test's own added to the builder (a conflict resolver, a
   * listener); closed after the test.
   */
  public SyncClient device(String name, UnaryOperator<SyncClient.Builder> settings) {
    SyncClient client = settings.apply(requireStarted().device(name)).build();
    devices.add(client);
    return client;
  }

  private ReferenceService requireStarted() {
    if (service == null) {
      throw new IllegalStateException("The service starts before each test: register OffsyncExtension with"
          + " @RegisterExtension on an instance field and call it from a test method");
    }
    return service;
  }

  private void deleteFolder() {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete the test folder " + folder, e);
    }
  }
}
