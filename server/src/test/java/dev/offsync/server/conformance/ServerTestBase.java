package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts a server on 127.0.0.1 with a fresh database before each test and stops it after. Conformance tests
 * are written once in an abstract subclass and run on each database by a concrete class per database.
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
  DatasyncServer server;
  Http http;

  /** The database this run uses. */
  abstract TestDatabase openDatabase(Path temp);

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
    if (server != null) {
      server.stop();
    }
    DatasyncServer.Builder builder = DatasyncServer.builder().database(database.url()).host("127.0.0.1").port(0);
    configure(builder);
    server = builder.build().start();
    http = new Http(server.uri());
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop();
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
