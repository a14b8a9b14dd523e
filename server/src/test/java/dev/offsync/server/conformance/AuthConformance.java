package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.server.AccessPolicy;
import dev.offsync.server.Authenticator;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.Operation;
import dev.offsync.server.RequestRejectedException;
import dev.offsync.server.TableSchema;
import dev.offsync.server.User;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Bearer-token authentication, the owner column and a custom access policy with its hooks. */
abstract class AuthConformance extends ServerTestBase {

  static final TableSchema NOTES = new TableSchema("notes", List.of(ColumnDefinition.of("text", ColumnType.STRING),
      ColumnDefinition.of("owner", ColumnType.STRING)), false, 0, "owner");

  final List<String> events = new CopyOnWriteArrayList<>();

  @Override
  void configure(DatasyncServer.Builder builder) {
    builder.table(NOTES).table(MOVIES).table(ARCHIVE)
        .accessPolicy("archive", new AccessPolicy() {
          @Override
          public boolean isAllowed(User user, String table, Operation operation, Map<String, Object> item) {
            return operation == Operation.QUERY || operation == Operation.READ;
          }
        })
        .authenticator(Authenticator.tokens(Map.of("alice-token", "alice", "bob-token", "bob",
            "carol-token", "carol", "dave-token", "dave")))
        .accessPolicy(new AccessPolicy() {
          @Override
          public boolean isAllowed(User user, String table, Operation operation, Map<String, Object> item) {
            if (user.id().equals("dave")) {
              throw new IllegalStateException("policy bug with secret details");
            }
            return !user.id().equals("carol") || operation == Operation.QUERY || operation == Operation.READ;
          }

          @Override
          public void beforeCommit(User user, String table, Operation operation, Map<String, Object> item) {
            if ("reject".equals(item.get("title"))) {
              throw new RequestRejectedException(422, "Titles may not be 'reject'");
            }
            if (table.equals("movies") && operation == Operation.CREATE && item.get("year") == null) {
              item.put("year", 1900);
            }
          }

          @Override
          public void afterCommit(User user, String table, Operation operation, Map<String, Object> item) {
            events.add(user.id() + " " + operation + " " + table + " " + item.get("id"));
          }
        });
  }

  private Http.Reply as(String token, String method, String path, String body) {
    return http.send(method, path, body, "Authorization", "Bearer " + token, "Content-Type", "application/json");
  }

  @Test
  void missingOrUnknownTokenIs401() {
    Http.Reply missing = http.get("/tables/notes");
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(missing.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(as("wrong", "GET", "/tables/notes", null).status()).isEqualTo(401);
    assertThat(http.get("/tables/notes", "Authorization", "Basic YWxpY2U6eA==").status()).isEqualTo(401);
    assertThat(http.get("/tables/unknown").status()).isEqualTo(401);
    assertThat(as("alice-token", "GET", "/tables/notes", null).status()).isEqualTo(200);
    assertThat(http.get("/tables/notes", "X-ZUMO-AUTH", "alice-token").status()).isEqualTo(200);
  }

  @Test
  void ownerColumnIsFilledOnCreateAndCannotBeChanged() {
    JsonNode note = as("alice-token", "POST", "/tables/notes", "{\"id\":\"n1\",\"text\":\"hi\",\"owner\":\"bob\"}")
        .json();
    assertThat(note.get("owner").asText()).isEqualTo("alice");
    JsonNode replaced = as("alice-token", "PUT", "/tables/notes/n1", "{\"id\":\"n1\",\"owner\":\"bob\"}").json();
    assertThat(replaced.get("owner").asText()).isEqualTo("alice");
  }

  @Test
  void rowsOfOtherUsersAreInvisible() {
    as("alice-token", "POST", "/tables/notes", "{\"id\":\"n1\",\"text\":\"alice's\"}");
    as("bob-token", "POST", "/tables/notes", "{\"id\":\"n2\",\"text\":\"bob's\"}");
    JsonNode alicePage = as("alice-token", "GET", "/tables/notes?$count=true", null).json();
    assertThat(SoftDeleteConformance.ids(alicePage)).containsExactly("n1");
    assertThat(alicePage.get("count").asLong()).isEqualTo(1);
    assertThat(as("alice-token", "GET", "/tables/notes/n2", null).status()).isEqualTo(404);
    assertThat(as("alice-token", "PUT", "/tables/notes/n2", "{\"id\":\"n2\"}").status()).isEqualTo(404);
    assertThat(as("alice-token", "DELETE", "/tables/notes/n2", null).status()).isEqualTo(404);
    assertThat(as("bob-token", "GET", "/tables/notes/n2", null).json().get("text").asText()).isEqualTo("bob's");
  }

  @Test
  void aTombstoneIsSeenOnlyByThoseWhoSawTheRowAndOnlyTheyMayReuseItsId() {
    as("alice-token", "POST", "/tables/notes", "{\"id\":\"n1\",\"text\":\"alice's\"}");
    assertThat(as("alice-token", "DELETE", "/tables/notes/n1", null).status()).isEqualTo(204);
    String pull = "/tables/notes?__includedeleted=true";
    assertThat(SoftDeleteConformance.ids(as("alice-token", "GET", pull, null).json())).containsExactly("n1");
    assertThat(SoftDeleteConformance.ids(as("bob-token", "GET", pull, null).json())).isEmpty();
    assertThat(as("bob-token", "POST", "/tables/notes", "{\"id\":\"n1\"}").status()).isEqualTo(400);
    assertThat(as("alice-token", "POST", "/tables/notes", "{\"id\":\"n1\"}").status()).isEqualTo(201);
  }

  @Test
  void aTablesOwnPolicyTakesThePlaceOfTheServersPolicy() {
    assertThat(as("alice-token", "POST", "/tables/archive", "{\"id\":\"a1\",\"title\":\"reject\"}").status())
        .isEqualTo(403);
    assertThat(as("alice-token", "GET", "/tables/archive", null).status()).isEqualTo(200);
    assertThat(as("alice-token", "POST", "/tables/movies", "{\"id\":\"m1\"}").status()).isEqualTo(201);
    assertThat(events).containsExactly("alice CREATE movies m1");
  }

  @Test
  void creatingOverAnInvisibleIdIs400NotAConflict() {
    as("bob-token", "POST", "/tables/notes", "{\"id\":\"n2\",\"text\":\"bob's\"}");
    Http.Reply reply = as("alice-token", "POST", "/tables/notes", "{\"id\":\"n2\",\"text\":\"mine\"}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).doesNotContain("bob");
    assertThat(as("bob-token", "POST", "/tables/notes", "{\"id\":\"n2\"}").status()).isEqualTo(409);
  }

  @Test
  void deniedOperationIs403() {
    as("alice-token", "POST", "/tables/movies", "{\"id\":\"m1\"}");
    assertThat(as("carol-token", "GET", "/tables/movies/m1", null).status()).isEqualTo(200);
    assertThat(as("carol-token", "POST", "/tables/movies", "{\"id\":\"m2\"}").status()).isEqualTo(403);
    assertThat(as("carol-token", "PUT", "/tables/movies/m1", "{\"id\":\"m1\"}").status()).isEqualTo(403);
    assertThat(as("carol-token", "DELETE", "/tables/movies/m1", null).status()).isEqualTo(403);
    assertThat(as("alice-token", "GET", "/tables/movies/m2", null).status()).isEqualTo(404);
  }

  @Test
  void hooksRunAroundTheCommit() {
    JsonNode movie = as("alice-token", "POST", "/tables/movies", "{\"id\":\"m1\"}").json();
    assertThat(movie.get("year").asInt()).isEqualTo(1900);
    as("alice-token", "PUT", "/tables/movies/m1", "{\"id\":\"m1\",\"year\":2000}");
    as("alice-token", "DELETE", "/tables/movies/m1", null);
    assertThat(events).containsExactly("alice CREATE movies m1", "alice UPDATE movies m1",
        "alice DELETE movies m1");
  }

  @Test
  void anUnexpectedFailureIs500WithOnlyTheRequestId() {
    Http.Reply reply = as("dave-token", "GET", "/tables/movies", null);
    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
    String requestId = reply.header("X-Request-Id");
    assertThat(requestId).isNotBlank();
    assertThat(reply.json().get("detail").asText()).contains(requestId);
    assertThat(reply.body()).doesNotContain("secret").doesNotContain("IllegalState").doesNotContain("\tat ");
  }

  @Test
  void aCreateOfATakenIdIsAConflictEvenWhenTheHookWouldRejectTheItem() {
    as("alice-token", "POST", "/tables/movies", "{\"id\":\"m1\",\"title\":\"kept\"}");
    Http.Reply reply = as("alice-token", "POST", "/tables/movies", "{\"id\":\"m1\",\"title\":\"reject\"}");
    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().get("title").asText()).isEqualTo("kept");
  }

  @Test
  void aHookCanRejectAWriteAndNothingIsStored() {
    Http.Reply reply = as("alice-token", "POST", "/tables/movies", "{\"id\":\"m1\",\"title\":\"reject\"}");
    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().get("detail").asText()).isEqualTo("Titles may not be 'reject'");
    assertThat(as("alice-token", "GET", "/tables/movies/m1", null).status()).isEqualTo(404);
    assertThat(events).isEmpty();
  }
}
