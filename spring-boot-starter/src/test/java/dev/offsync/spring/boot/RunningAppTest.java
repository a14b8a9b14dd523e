package dev.offsync.spring.boot;

import dev.offsync.SyncClient;
import dev.offsync.schema.TableDefinition;
import dev.offsync.spring.boot.testapp.AppProperties;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A test of the test application running on a real port ({@code RANDOM_PORT}), its {@code DataSource} on a fresh
 * SQLite file, with Offsync clients (devices) that each have a store of their own and are closed after each test.
 */
abstract class RunningAppTest {

  @LocalServerPort
  int port;

  @Autowired
  DataSource dataSource;

  @TempDir
  Path devices;

  private final List<SyncClient> clients = new ArrayList<>();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    AppProperties.freshSqlite(registry);
  }

  @AfterEach
  void closeClients() {
    clients.forEach(SyncClient::close);
  }

  /**
   * A client of the application's tables at {@code endpointPath} ({@code ""} for the default base path).
   *
   * @param token the bearer token it sends, or null for none
   */
  SyncClient device(String name, String endpointPath, String token, TableDefinition<?> table) {
    SyncClient.Builder builder = SyncClient.builder().store(devices.resolve(name + ".db")).tables(table)
        .endpoint(URI.create("http://127.0.0.1:" + port + endpointPath));
    if (token != null) {
      builder.authentication(forceRefresh -> token);
    }
    SyncClient client = builder.build();
    clients.add(client);
    return client;
  }

  /** The application's database, read directly. */
  JdbcTemplate appDatabase() {
    return new JdbcTemplate(dataSource);
  }
}
