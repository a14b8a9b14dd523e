package dev.offsync.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.server.memory.MemoryRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table whose rows live in the application's {@link Repository}: where they go, and what stays the core's. */
class RepositoryIT {

  private static final TableSchema NOTES = TableSchema.of("notes", List.of(
      ColumnDefinition.of("text", ColumnType.STRING)));
  private static final TableSchema TAGS = TableSchema.of("tags", List.of(
      ColumnDefinition.of("name", ColumnType.STRING)));
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir
  Path temp;

  @Test
  void rowsOfARepositoryTableLiveInItAndTheDatabaseHasNoTableForThem() throws Exception {
    MemoryRepository notes = new MemoryRepository();
    String url = "jdbc:sqlite:" + temp.resolve("server.db");
    try (DatasyncServer server = DatasyncServer.builder().table(NOTES).table(TAGS).database(url)
        .repository("notes", notes).build().start()) {
      assertThat(send(server, "POST", "/tables/notes", "{\"id\":\"n1\",\"text\":\"hello\"}").statusCode())
          .isEqualTo(201);
      assertThat(send(server, "POST", "/tables/tags", "{\"id\":\"t1\",\"name\":\"home\"}").statusCode())
          .isEqualTo(201);
      assertThat(notes.size()).isEqualTo(1);
      assertThat(notes.find("n1").orElseThrow().values()).containsEntry("text", "hello");
      assertThat(send(server, "GET", "/tables/notes?$filter=text%20eq%20'hello'", null).body())
          .contains("\"id\":\"n1\"");
    }
    try (Connection connection = DriverManager.getConnection(url);
        ResultSet tables = connection.getMetaData().getTables(null, null, "%", null)) {
      List<String> names = new java.util.ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString("TABLE_NAME"));
      }
      assertThat(names).contains("tags").doesNotContain("notes");
    }
  }

  @Test
  void preconditionsStayTheCoresAndAFailedOneStoresNothing() throws Exception {
    MemoryRepository notes = new MemoryRepository();
    try (DatasyncServer server = DatasyncServer.builder().table(NOTES).database("jdbc:sqlite::memory:")
        .repositories(table -> notes).build().start()) {
      send(server, "POST", "/tables/notes", "{\"id\":\"n1\",\"text\":\"v1\"}");
      String version = notes.find("n1").orElseThrow().version();
      HttpResponse<String> stale = send(server, "PUT", "/tables/notes/n1", "{\"id\":\"n1\",\"text\":\"v2\"}",
          "If-Match", "\"stale\"");
      assertThat(stale.statusCode()).isEqualTo(412);
      assertThat(notes.find("n1").orElseThrow().values()).containsEntry("text", "v1");
      assertThat(send(server, "DELETE", "/tables/notes/n1", null).statusCode()).isEqualTo(204);
      assertThat(notes.find("n1").orElseThrow().deleted()).as("a tombstone stays in the repository").isTrue();
      assertThat(notes.find("n1").orElseThrow().version()).isNotEqualTo(version);
    }
  }

  @Test
  void aFilterTheRepositoryCannotEvaluateIs400AndAnUnreachableRepositoryIs503() throws Exception {
    MemoryRepository down = new MemoryRepository() {
      @Override
      public boolean isReachable() {
        return false;
      }
    };
    try (DatasyncServer server = DatasyncServer.builder().table(NOTES).database("jdbc:sqlite::memory:")
        .repository("notes", down).build().start()) {
      send(server, "POST", "/tables/notes", "{\"id\":\"n1\",\"text\":\"v1\"}");
      HttpResponse<String> refused = send(server, "GET", "/tables/notes?$filter=year(updatedAt)%20eq%202020",
          null);
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("cannot evaluate");
      assertThat(send(server, "GET", "/health", null).statusCode()).isEqualTo(503);
    }
  }

  @Test
  void aRepositoryForATableThatIsNotServedIsRefused() {
    DatasyncServer.Builder builder = DatasyncServer.builder().table(NOTES).database("jdbc:sqlite::memory:")
        .repository("nope", new MemoryRepository());
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("nope");
  }

  private static HttpResponse<String> send(DatasyncServer server, String method, String path, String body,
      String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.uri() + path))
        .timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
