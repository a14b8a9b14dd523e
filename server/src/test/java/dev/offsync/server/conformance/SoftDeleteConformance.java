package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Soft delete: 410, hidden from lists, visible with {@code __includedeleted}, undelete through PUT. */
abstract class SoftDeleteConformance extends ServerTestBase {

  @Test
  void deleteMarksTheRowDeletedWithNewUpdatedAtAndVersion() {
    JsonNode before = create("archive", "{\"id\":\"s1\",\"title\":\"Old\"}").json();
    assertThat(http.delete("/tables/archive/s1").status()).isEqualTo(204);
    assertThat(http.get("/tables/archive/s1").status()).isEqualTo(410);
    Http.Reply included = http.get("/tables/archive/s1?__includedeleted=true");
    assertThat(included.status()).isEqualTo(200);
    JsonNode after = included.json();
    assertThat(after.get("deleted").asBoolean()).isTrue();
    assertThat(after.get("title").asText()).isEqualTo("Old");
    assertThat(after.get("version").asText()).isNotEqualTo(before.get("version").asText());
    assertThat(Instant.parse(after.get("updatedAt").asText()))
        .isAfter(Instant.parse(before.get("updatedAt").asText()));
  }

  @Test
  void deletingTwiceIs410() {
    create("archive", "{\"id\":\"s1\"}");
    http.delete("/tables/archive/s1");
    assertThat(http.delete("/tables/archive/s1").status()).isEqualTo(410);
  }

  @Test
  void putOnDeletedIs410UnlessDeletedItemsAreIncluded() {
    create("archive", "{\"id\":\"s1\",\"title\":\"Old\"}");
    http.delete("/tables/archive/s1");
    assertThat(http.put("/tables/archive/s1", "{\"id\":\"s1\",\"title\":\"Back\"}").status()).isEqualTo(410);
    Http.Reply restored = http.put("/tables/archive/s1?__includedeleted=true",
        "{\"id\":\"s1\",\"title\":\"Back\",\"deleted\":false}");
    assertThat(restored.status()).isEqualTo(200);
    assertThat(restored.json().get("deleted").asBoolean()).isFalse();
    assertThat(http.get("/tables/archive/s1").json().get("title").asText()).isEqualTo("Back");
  }

  @Test
  void createOverADeletedIdIs409WithTheDeletedEntity() {
    create("archive", "{\"id\":\"s1\"}");
    http.delete("/tables/archive/s1");
    Http.Reply reply = http.post("/tables/archive", "{\"id\":\"s1\"}");
    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().get("deleted").asBoolean()).isTrue();
  }

  @Test
  void listsHideDeletedRowsUnlessAsked() {
    create("archive", "{\"id\":\"s1\"}");
    create("archive", "{\"id\":\"s2\"}");
    http.delete("/tables/archive/s1");
    assertThat(ids(http.get("/tables/archive").json())).containsExactly("s2");
    assertThat(ids(http.get("/tables/archive?__includedeleted=true").json())).containsExactly("s1", "s2");
    assertThat(ids(http.get("/tables/archive?__INCLUDEDELETED=TRUE").json())).containsExactly("s1", "s2");
    assertThat(ids(http.get("/tables/archive", "X-ZUMO-Options", "include:deleted").json()))
        .containsExactly("s1", "s2");
    assertThat(http.get("/tables/archive?$count=true").json().get("count").asLong()).isEqualTo(1);
  }

  @Test
  void hardDeleteTablesIgnoreTheDeletedFlagOfABody() {
    JsonNode item = create("movies", "{\"id\":\"h1\",\"deleted\":true}").json();
    assertThat(item.get("deleted").asBoolean()).isFalse();
  }

  static java.util.List<String> ids(JsonNode page) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }
}
