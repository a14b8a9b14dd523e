package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.server.Authenticator;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The change streams: {@code GET /tables/{table}/$changes} and {@code GET /tables/$changes?tables=...}. */
abstract class ChangeStreamConformance extends ServerTestBase {

  static final TableSchema NOTES = new TableSchema("notes", List.of(ColumnDefinition.of("text", ColumnType.STRING),
      ColumnDefinition.of("owner", ColumnType.STRING)), false, 0, "owner");
  static final Duration WAIT = Duration.ofSeconds(10);
  static final String ALICE = "Bearer alice-token";
  static final String BOB = "Bearer bob-token";

  @Override
  void configure(DatasyncServer.Builder builder) {
    builder.table(MOVIES).table(NOTES)
        .authenticator(Authenticator.tokens(Map.of("alice-token", "alice", "bob-token", "bob")))
        .changeStreamHeartbeat(Duration.ofMillis(300))
        .maxChangeStreams(3);
  }

  private Http.Reply post(String table, String json, String auth) {
    Http.Reply reply = http.send("POST", "/tables/" + table, json, "Authorization", auth, "Content-Type",
        "application/json");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply;
  }

  @Test
  void aWriteIsAnnouncedWithItsTableAndUpdatedAtButNoContents() throws Exception {
    try (EventStreamReader stream = EventStreamReader.open(server.endpoint(), "/tables/movies/$changes",
        "Authorization", ALICE)) {
      assertThat(stream.status()).isEqualTo(200);
      assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
      assertThat(stream.next(WAIT)).isEqualTo(": offsync change stream");
      Http.Reply created = post("movies", "{\"id\":\"m1\",\"title\":\"Secret title\"}", ALICE);
      String data = stream.nextData(WAIT);
      JsonNode event = Http.JSON.readTree(data);
      assertThat(event.get("table").asText()).isEqualTo("movies");
      assertThat(event.get("updatedAt").asText()).isEqualTo(created.json().get("updatedAt").asText());
      assertThat(data).doesNotContain("Secret").doesNotContain("m1");
      Http.Reply deleted = http.send("DELETE", "/tables/movies/m1", null, "Authorization", ALICE);
      assertThat(deleted.status()).isEqualTo(204);
      JsonNode afterDelete = Http.JSON.readTree(stream.nextData(WAIT));
      assertThat(afterDelete.get("updatedAt").asText()).isGreaterThan(event.get("updatedAt").asText());
    }
  }

  @Test
  void aStreamOpensWithEachTablesNewestTimeInTheCallersView() throws Exception {
    post("notes", "{\"id\":\"a1\",\"text\":\"x\"}", ALICE);
    Http.Reply bobs = post("notes", "{\"id\":\"b1\",\"text\":\"y\"}", BOB);
    try (EventStreamReader stream = EventStreamReader.open(server.endpoint(), "/tables/$changes?tables=notes,movies",
        "Authorization", BOB)) {
      assertThat(stream.status()).isEqualTo(200);
      JsonNode first = Http.JSON.readTree(stream.nextData(WAIT));
      assertThat(first.get("table").asText()).isEqualTo("notes");
      assertThat(first.get("updatedAt").asText()).isEqualTo(bobs.json().get("updatedAt").asText());
      Http.Reply movie = post("movies", "{\"id\":\"m2\",\"title\":\"t\"}", ALICE);
      JsonNode next = Http.JSON.readTree(stream.nextData(WAIT));
      assertThat(next.get("table").asText()).isEqualTo("movies");
      assertThat(next.get("updatedAt").asText()).isEqualTo(movie.json().get("updatedAt").asText());
    }
  }

  @Test
  void withAnOwnerColumnAUserHearsOnlyOfItsOwnRows() throws Exception {
    try (EventStreamReader alice = EventStreamReader.open(server.endpoint(), "/tables/notes/$changes",
        "Authorization", ALICE)) {
      post("notes", "{\"id\":\"b1\",\"text\":\"bob's\"}", BOB);
      Http.Reply own = post("notes", "{\"id\":\"a1\",\"text\":\"alice's\"}", ALICE);
      JsonNode event = Http.JSON.readTree(alice.nextData(WAIT));
      // Bob's write came first: had it reached Alice, it would be this event (or coalesced into a later time).
      assertThat(event.get("updatedAt").asText()).isEqualTo(own.json().get("updatedAt").asText());
      post("notes", "{\"id\":\"b2\",\"text\":\"bob's\"}", BOB);
      assertThat(alice.nextData(Duration.ofSeconds(1))).isNull();
    }
  }

  @Test
  void anIdleStreamGetsHeartbeats() throws Exception {
    try (EventStreamReader stream = EventStreamReader.open(server.endpoint(), "/tables/movies/$changes",
        "Authorization", ALICE)) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 20 && !lines.contains(": heartbeat"); i++) {
        lines.add(stream.next(WAIT));
      }
      assertThat(lines).contains(": heartbeat");
    }
  }

  @Test
  void moreStreamsThanTheLimitAre503WithRetryAfter() throws Exception {
    List<EventStreamReader> open = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        open.add(EventStreamReader.open(server.endpoint(), "/tables/movies/$changes", "Authorization", ALICE));
        assertThat(open.get(i).status()).isEqualTo(200);
      }
      Http.Reply refused = http.get("/tables/movies/$changes", "Authorization", ALICE);
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.header("Retry-After")).isEqualTo("5");
      assertThat(refused.json().get("detail").asText()).contains("Too many change streams");
    } finally {
      for (EventStreamReader stream : open) {
        stream.close();
      }
    }
    // A closed stream frees its place once the server notices (at the next heartbeat at the latest).
    int status = 0;
    for (int i = 0; i < 50 && status != 200; i++) {
      try (EventStreamReader again = EventStreamReader.open(server.endpoint(), "/tables/movies/$changes",
          "Authorization", ALICE)) {
        status = again.status();
      }
      if (status != 200) {
        Thread.sleep(100);
      }
    }
    assertThat(status).isEqualTo(200);
  }

  @Test
  void stoppingTheServerEndsItsStreams() throws Exception {
    try (EventStreamReader stream = EventStreamReader.open(server.endpoint(), "/tables/movies/$changes",
        "Authorization", ALICE)) {
      assertThat(stream.next(WAIT)).isEqualTo(": offsync change stream");
      server.close();
      server = null;
      String line = "";
      for (int i = 0; i < 100 && line != null && !line.equals(EventStreamReader.END); i++) {
        line = stream.next(WAIT);
      }
      assertThat(line).isEqualTo(EventStreamReader.END);
    }
  }

  @Test
  void badChangeStreamRequestsAre4xx() {
    assertThat(http.get("/tables/movies/$changes").status()).isEqualTo(401);
    assertThat(http.get("/tables/nothing/$changes", "Authorization", ALICE).status()).isEqualTo(404);
    assertThat(http.get("/tables/$changes?tables=movies,nothing", "Authorization", ALICE).status())
        .isEqualTo(404);
    assertThat(http.get("/tables/$changes?filter=x", "Authorization", ALICE).status()).isEqualTo(400);
    Http.Reply post = http.send("POST", "/tables/movies/$changes", "{}", "Authorization", ALICE,
        "Content-Type", "application/json");
    assertThat(post.status()).isEqualTo(405);
    assertThat(post.header("Allow")).isEqualTo("GET");
  }
}
