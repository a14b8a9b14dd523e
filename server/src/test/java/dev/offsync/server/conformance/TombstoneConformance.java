package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tombstones of a hard-delete table: a deleted row is gone for reads and writes, but pulls that ask for deleted
 * items receive {@code {"id","updatedAt","version","deleted":true}} so that other devices remove it too.
 */
abstract class TombstoneConformance extends ServerTestBase {

  private static final String ALIEN = "{\"id\":\"m1\",\"title\":\"Alien\",\"year\":1979}";

  private JsonNode pullAfter(String updatedAt) {
    String filter = updatedAt == null ? "" : "&$filter=updatedAt%20gt%20cast(" + updatedAt + ",Edm.DateTimeOffset)";
    Http.Reply reply = http.get("/tables/movies?$orderby=updatedAt&__includedeleted=true" + filter);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().get("items");
  }

  @Test
  void aPullThatAsksForDeletedItemsReceivesTheTombstoneWithoutContents() {
    JsonNode created = create("movies", ALIEN).json();
    assertThat(http.delete("/tables/movies/m1").status()).isEqualTo(204);

    JsonNode items = pullAfter(created.get("updatedAt").asText());
    assertThat(items).hasSize(1);
    JsonNode tombstone = items.get(0);
    List<String> fields = new ArrayList<>();
    tombstone.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("id", "updatedAt", "version", "deleted");
    assertThat(tombstone.get("id").asText()).isEqualTo("m1");
    assertThat(tombstone.get("deleted").asBoolean()).isTrue();
    assertThat(tombstone.get("version").asText()).isNotEqualTo(created.get("version").asText());
    assertThat(Instant.parse(tombstone.get("updatedAt").asText()))
        .isAfter(Instant.parse(created.get("updatedAt").asText()));
  }

  @Test
  void aTombstoneIsInvisibleToReadsWritesAndPlainLists() {
    create("movies", ALIEN);
    http.delete("/tables/movies/m1");
    assertThat(http.get("/tables/movies/m1").status()).isEqualTo(404);
    assertThat(http.get("/tables/movies/m1?__includedeleted=true").status()).isEqualTo(404);
    assertThat(http.put("/tables/movies/m1", ALIEN).status()).isEqualTo(404);
    assertThat(http.delete("/tables/movies/m1").status()).isEqualTo(404);
    JsonNode page = http.get("/tables/movies?$count=true").json();
    assertThat(page.get("items")).isEmpty();
    assertThat(page.get("count").asLong()).isZero();
  }

  @Test
  void aReCreatedIdReplacesItsTombstone() {
    create("movies", ALIEN);
    http.delete("/tables/movies/m1");
    JsonNode again = create("movies", "{\"id\":\"m1\",\"title\":\"Aliens\"}").json();
    assertThat(again.get("deleted").asBoolean()).isFalse();
    JsonNode items = pullAfter(null);
    assertThat(items).hasSize(1);
    assertThat(items.get(0).get("title").asText()).isEqualTo("Aliens");
    assertThat(items.get(0).get("updatedAt").asText()).isEqualTo(again.get("updatedAt").asText());
  }

  @Test
  void tombstonesTakeTheirPlaceInUpdatedAtOrder() {
    create("movies", ALIEN);
    JsonNode second = create("movies", "{\"id\":\"m2\",\"title\":\"Heat\"}").json();
    http.delete("/tables/movies/m1");
    JsonNode third = create("movies", "{\"id\":\"m3\",\"title\":\"Ran\"}").json();

    JsonNode items = pullAfter(second.get("updatedAt").asText());
    assertThat(items).hasSize(2);
    assertThat(items.get(0).get("id").asText()).isEqualTo("m1");
    assertThat(items.get(0).get("deleted").asBoolean()).isTrue();
    assertThat(items.get(1).get("id").asText()).isEqualTo("m3");
    assertThat(Instant.parse(items.get(0).get("updatedAt").asText()))
        .isBefore(Instant.parse(third.get("updatedAt").asText()));
  }
}
