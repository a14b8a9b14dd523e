package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offsync.server.AccessPolicy;
import dev.offsync.server.Authenticator;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.Operation;
import dev.offsync.server.User;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /openapi.json}: each visible table's endpoints and a schema of every column, in a fixed shape. */
abstract class OpenApiConformance extends ServerTestBase {

  @Override
  void configure(DatasyncServer.Builder builder) {
    builder.table(MOVIES).table(ARCHIVE)
        .authenticator(Authenticator.tokens(Map.of("alice-token", "alice", "bob-token", "bob")))
        .accessPolicy(new AccessPolicy() {
          @Override
          public boolean isAllowed(User user, String table, Operation operation, Map<String, Object> item) {
            return !(user.id().equals("bob") && table.equals("archive"));
          }
        });
  }

  private JsonNode document(String token) {
    Http.Reply reply = http.get("/openapi.json", "Authorization", "Bearer " + token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    return reply.json();
  }

  @Test
  void describesEveryColumnWithTypeFormatAndOffsyncType() {
    JsonNode document = document("alice-token");
    assertThat(document.get("openapi").asText()).startsWith("3.0");
    JsonNode properties = document.at("/components/schemas/movies/properties");
    assertThat(document.at("/components/schemas/movies/type").asText()).isEqualTo("object");
    assertThat(properties.fieldNames()).toIterable().containsExactly("id", "title", "year", "duration", "score",
        "price", "bestPictureWinner", "releaseDate", "showTime", "premiere", "ref", "poster", "updatedAt",
        "version", "deleted");
    assertProperty(properties, "id", "string", null, "STRING");
    assertProperty(properties, "title", "string", null, "STRING");
    assertProperty(properties, "year", "integer", "int32", "INT");
    assertProperty(properties, "duration", "integer", "int64", "LONG");
    assertProperty(properties, "score", "number", "double", "DOUBLE");
    assertProperty(properties, "price", "number", "decimal", "DECIMAL");
    assertProperty(properties, "bestPictureWinner", "boolean", null, "BOOLEAN");
    assertProperty(properties, "releaseDate", "string", "date", "DATE");
    assertProperty(properties, "showTime", "string", "time", "TIME");
    assertProperty(properties, "premiere", "string", "date-time", "DATETIME");
    assertProperty(properties, "ref", "string", "uuid", "UUID");
    assertProperty(properties, "poster", "string", "byte", "BYTES");
    assertProperty(properties, "updatedAt", "string", "date-time", "DATETIME");
    assertProperty(properties, "deleted", "boolean", null, "BOOLEAN");
  }

  private static void assertProperty(JsonNode properties, String name, String type, String format,
      String offsyncType) {
    JsonNode property = properties.get(name);
    assertThat(property.get("type").asText()).as(name).isEqualTo(type);
    assertThat(property.has("format") ? property.get("format").asText() : null).as(name).isEqualTo(format);
    assertThat(property.get("x-offsync-type").asText()).as(name).isEqualTo(offsyncType);
  }

  @Test
  void describesEachTablesEndpoints() {
    JsonNode paths = document("alice-token").get("paths");
    assertThat(paths.get("/tables/movies").fieldNames()).toIterable().containsExactly("get", "post");
    assertThat(paths.get("/tables/movies/{id}").fieldNames()).toIterable().containsExactly("get", "put", "delete");
    assertThat(paths.at("/~1tables~1movies/post/requestBody/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/movies");
  }

  @Test
  void listsOnlyTheTablesTheCallerMayQuery() {
    assertThat(document("alice-token").at("/components/schemas").fieldNames()).toIterable()
        .containsExactly("movies", "archive");
    assertThat(document("bob-token").at("/components/schemas").fieldNames()).toIterable()
        .containsExactly("movies");
    assertThat(document("bob-token").get("paths").has("/tables/archive")).isFalse();
    assertThat(http.get("/openapi.json").status()).isEqualTo(401);
    assertThat(http.post("/openapi.json", "{}", "Authorization", "Bearer alice-token").status()).isEqualTo(405);
  }
}
