package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conditional requests on GET-by-id, PUT and DELETE (PROTOCOL.md, Headers). */
abstract class ConditionalConformance extends ServerTestBase {

  private JsonNode item;
  private String etag;

  @BeforeEach
  void createItem() {
    Http.Reply reply = create("movies", "{\"id\":\"c1\",\"title\":\"Heat\"}");
    item = reply.json();
    etag = reply.etag();
  }

  private static String date(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  private Instant updatedAt() {
    return Instant.parse(item.get("updatedAt").asText());
  }

  @Test
  void ifMatchOnGet() {
    assertThat(http.get("/tables/movies/c1", "If-Match", etag).status()).isEqualTo(200);
    assertThat(http.get("/tables/movies/c1", "If-Match", "*").status()).isEqualTo(200);
    Http.Reply mismatch = http.get("/tables/movies/c1", "If-Match", "\"other\"");
    assertThat(mismatch.status()).isEqualTo(412);
    assertThat(mismatch.json()).isEqualTo(item);
    assertThat(http.get("/tables/movies/c1", "If-Match", "W/" + etag).status()).isEqualTo(412);
    assertThat(http.get("/tables/movies/c1", "If-Match", "\"other\", " + etag).status()).isEqualTo(200);
  }

  @Test
  void ifNoneMatchOnGetIs304WithEtagAndNoBody() {
    Http.Reply reply = http.get("/tables/movies/c1", "If-None-Match", etag);
    assertThat(reply.status()).isEqualTo(304);
    assertThat(reply.etag()).isEqualTo(etag);
    assertThat(reply.body()).isEmpty();
    assertThat(http.get("/tables/movies/c1", "If-None-Match", "*").status()).isEqualTo(304);
    assertThat(http.get("/tables/movies/c1", "If-None-Match", "\"other\"").status()).isEqualTo(200);
    assertThat(http.get("/tables/movies/c1", "If-None-Match", "W/" + etag).status()).isEqualTo(200);
  }

  @Test
  void ifModifiedSinceOnGet() {
    Instant second = updatedAt().truncatedTo(ChronoUnit.SECONDS);
    assertThat(http.get("/tables/movies/c1", "If-Modified-Since", date(second)).status()).isEqualTo(304);
    assertThat(http.get("/tables/movies/c1", "If-Modified-Since", date(second.plusSeconds(60))).status())
        .isEqualTo(304);
    assertThat(http.get("/tables/movies/c1", "If-Modified-Since", date(second.minusSeconds(1))).status())
        .isEqualTo(200);
    // If-None-Match takes precedence over If-Modified-Since.
    assertThat(http.get("/tables/movies/c1", "If-None-Match", "\"other\"", "If-Modified-Since",
        date(second)).status()).isEqualTo(200);
    assertThat(http.get("/tables/movies/c1", "If-Modified-Since", "not a date").status()).isEqualTo(200);
  }

  @Test
  void ifUnmodifiedSinceOnGet() {
    Instant second = updatedAt().truncatedTo(ChronoUnit.SECONDS);
    assertThat(http.get("/tables/movies/c1", "If-Unmodified-Since", date(second)).status()).isEqualTo(200);
    assertThat(http.get("/tables/movies/c1", "If-Unmodified-Since", date(second.minusSeconds(1))).status())
        .isEqualTo(412);
    // If-Match takes precedence over If-Unmodified-Since.
    assertThat(http.get("/tables/movies/c1", "If-Match", etag, "If-Unmodified-Since",
        date(second.minusSeconds(1))).status()).isEqualTo(200);
  }

  @Test
  void putWithMatchingIfMatchSucceeds() {
    assertThat(http.put("/tables/movies/c1", "{\"id\":\"c1\",\"title\":\"Heat 2\"}", "If-Match", etag).status())
        .isEqualTo(200);
  }

  @Test
  void putWithStaleIfMatchIs412WithTheServerEntity() {
    Http.Reply changed = http.put("/tables/movies/c1", "{\"id\":\"c1\",\"title\":\"Changed\"}");
    Http.Reply stale = http.put("/tables/movies/c1", "{\"id\":\"c1\",\"title\":\"Mine\"}", "If-Match", etag);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.json()).isEqualTo(changed.json());
    assertThat(stale.etag()).isEqualTo(changed.etag());
    assertThat(http.get("/tables/movies/c1").json().get("title").asText()).isEqualTo("Changed");
  }

  @Test
  void putWithWeakOrStarTags() {
    assertThat(http.put("/tables/movies/c1", "{\"id\":\"c1\"}", "If-Match", "W/" + etag).status()).isEqualTo(412);
    assertThat(http.put("/tables/movies/c1", "{\"id\":\"c1\"}", "If-Match", "*").status()).isEqualTo(200);
    Http.Reply noneMatch = http.put("/tables/movies/c1", "{\"id\":\"c1\"}", "If-None-Match", "*");
    assertThat(noneMatch.status()).isEqualTo(412);
    assertThat(noneMatch.json().get("id").asText()).isEqualTo("c1");
  }

  @Test
  void putAndDeleteWithAMatchingIfNoneMatchAre412NotModifiedAnswers() {
    Http.Reply put = http.put("/tables/movies/c1", "{\"id\":\"c1\",\"title\":\"Mine\"}", "If-None-Match", etag);
    assertThat(put.status()).isEqualTo(412);
    assertThat(put.json()).isEqualTo(item);
    Http.Reply delete = http.delete("/tables/movies/c1", "If-None-Match", etag);
    assertThat(delete.status()).isEqualTo(412);
    assertThat(delete.json()).isEqualTo(item);
    assertThat(http.get("/tables/movies/c1").json()).isEqualTo(item);
    assertThat(http.delete("/tables/movies/c1", "If-None-Match", "\"other\"").status()).isEqualTo(204);
  }

  @Test
  void putWithDatesConditions() {
    Instant second = updatedAt().truncatedTo(ChronoUnit.SECONDS);
    assertThat(http.put("/tables/movies/c1", "{\"id\":\"c1\"}", "If-Unmodified-Since",
        date(second.minusSeconds(1))).status()).isEqualTo(412);
    assertThat(http.put("/tables/movies/c1", "{\"id\":\"c1\"}", "If-Modified-Since",
        date(second.plusSeconds(60))).status()).isEqualTo(412);
    assertThat(http.put("/tables/movies/c1", "{\"id\":\"c1\"}", "If-Unmodified-Since",
        date(second.plusSeconds(60))).status()).isEqualTo(200);
  }

  @Test
  void deleteWithStaleIfMatchIs412AndKeepsTheItem() {
    Http.Reply reply = http.delete("/tables/movies/c1", "If-Match", "\"stale\"");
    assertThat(reply.status()).isEqualTo(412);
    assertThat(reply.json()).isEqualTo(item);
    assertThat(http.get("/tables/movies/c1").status()).isEqualTo(200);
    assertThat(http.delete("/tables/movies/c1", "If-Match", etag).status()).isEqualTo(204);
  }

  @Test
  void postIgnoresConditionalHeaders() {
    assertThat(http.post("/tables/movies", "{\"id\":\"c2\"}", "If-Match", "\"whatever\"").status())
        .isEqualTo(201);
  }

  @Test
  void unconditionalWritesAlwaysApply() {
    assertThat(http.put("/tables/movies/c1", "{\"id\":\"c1\",\"title\":\"a\"}").status()).isEqualTo(200);
    assertThat(http.delete("/tables/movies/c1").status()).isEqualTo(204);
  }
}
