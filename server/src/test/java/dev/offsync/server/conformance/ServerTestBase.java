package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts a server on 127.0.0.1 with a fresh database before each test and stops it after. Conformance tests
 * are written once in an abstract subclass and run on each database and host by a concrete class per pair.
 */
abstract class ServerTestBase {

  /** A table with a column of every type the schema file offers. */
  static final TableSchema MOVIES = TableSchema.of("movies", List.of(
      ColumnDefinition.of("title", ColumnType.STRING),
      ColumnDefinition.of("year", ColumnType.INT),
      ColumnDefinition.of("duration", ColumnType.LONG),
      ColumnDefinition.of("score", ColumnType.DOUBLE),
      ColumnDefinition.of("price", ColumnType.DECIMAL),
      ColumnDefinition.of("bestPictureWinner", ColumnType.BOOLEAN),
      ColumnDefinition.of("releaseDate", ColumnType.DATE),
      ColumnDefinition.of("showTime", ColumnType.TIME),
      ColumnDefinition.of("premiere", ColumnType.DATETIME),
      ColumnDefinition.of("ref", ColumnType.UUID),
      ColumnDefinition.of("poster", ColumnType.BYTES)));

  /** The same columns with soft delete. */
  static final TableSchema ARCHIVE = new TableSchema("archive", MOVIES.columns(), true, 0, null);

  @TempDir
  Path temp;

  TestDatabase database;
  TestHost.Running server;
  Http http;

  /** The database this run uses: the one {@link Served} names. */
  TestDatabase openDatabase(Path temp) {
    Served served = served();
    return served.on() == Served.Database.SQLITE ? TestDatabase.sqlite(temp) : TestDatabase.postgres();
  }

  /** The host this run serves from: the one {@link Served} names, else the standalone server. */
  TestHost host() {
    Served served = getClass().getAnnotation(Served.class);
    if (served == null) {
      return TestHost.STANDALONE;
    }
    try {
      return served.by().getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot make " + served.by().getName(), e);
    }
  }

  private Served served() {
    Served served = getClass().getAnnotation(Served.class);
    if (served == null) {
      throw new IllegalStateException(getClass().getName() + " names no database: annotate it with @Served"
          + " or override openDatabase");
    }
    return served;
  }

  /** Adds the tables and options of this test class; the database, host and port are set already. */
  void configure(DatasyncServer.Builder builder) {
    builder.table(MOVIES).table(ARCHIVE);
  }

  @BeforeEach
  void startServer() {
    database = openDatabase(temp);
    restart();
  }

  /** Stops the running server, if any, and starts a new one on the same database. */
  void restart() {
    restart(this::configure);
  }

  /** Stops the running server, if any, and starts one with other tables and options on the same database. */
  void restart(Consumer<DatasyncServer.Builder> configuration) {
    if (server != null) {
      server.close();
      server = null;
    }
    server = host().start(database.url(), configuration);
    http = new Http(server.endpoint());
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
    if (database != null) {
      database.close();
    }
  }

  /** Creates an item and checks that it was created. */
  Http.Reply create(String table, String json) {
    Http.Reply reply = http.post("/tables/" + table, json);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply;
  }
}
