package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The five operations with their status codes, headers and bodies (PROTOCOL.md, Resources). */
abstract class CrudConformance extends ServerTestBase {

  static final String FULL = """
      {"id":"m1","title":"Alien","year":1979,"duration":7020000000,"score":8.5,"price":12.345678901234567890,
       "bestPictureWinner":false,"releaseDate":"1979-05-25","showTime":"20:15:00.125",
       "premiere":"1979-05-25T18:00:00.123+02:00","ref":"0F8FAD5B-D9CB-469F-A165-70867728950E",
       "poster":"AAECAwQ=","updatedAt":"2001-01-01T00:00:00.000Z","version":"client"}
      """;

  @Test
  void createStoresEveryTypeAndAnswers201WithHeaders() {
    Http.Reply reply = create("movies", FULL);
    JsonNode item = reply.json();
    assertThat(item.get("id").asText()).isEqualTo("m1");
    assertThat(item.get("title").asText()).isEqualTo("Alien");
    assertThat(item.get("year").asInt()).isEqualTo(1979);
    assertThat(item.get("duration").asLong()).isEqualTo(7020000000L);
    assertThat(item.get("score").asDouble()).isEqualTo(8.5);
    assertThat(item.get("price").decimalValue()).isEqualByComparingTo("12.345678901234567890");
    assertThat(item.get("bestPictureWinner").asBoolean()).isFalse();
    assertThat(item.get("releaseDate").asText()).isEqualTo("1979-05-25");
    assertThat(item.get("showTime").asText()).isEqualTo("20:15:00.125");
    assertThat(item.get("premiere").asText()).isEqualTo("1979-05-25T16:00:00.123Z");
    assertThat(item.get("ref").asText()).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
    assertThat(item.get("poster").asText()).isEqualTo("AAECAwQ=");
    assertThat(item.get("deleted").asBoolean()).isFalse();
    assertThat(reply.etag()).isEqualTo("\"" + item.get("version").asText() + "\"");
    assertThat(reply.header("Location")).isEqualTo(server.endpoint() + "/tables/movies/m1");
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    assertThat(http.get("/tables/movies/m1").json()).isEqualTo(item);
  }

  @Test
  void serverOwnsUpdatedAtAndVersion() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    JsonNode item = create("movies", FULL).json();
    String updatedAt = item.get("updatedAt").asText();
    assertThat(updatedAt).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(Instant.parse(updatedAt)).isAfterOrEqualTo(before);
    assertThat(item.get("version").asText()).isNotEqualTo("client").matches("[A-Za-z0-9+/]{22}==");
  }

  @Test
  void createWithoutIdGeneratesThirtyTwoHexCharacters() {
    JsonNode item = create("movies", "{\"title\":\"No id\"}").json();
    assertThat(item.get("id").asText()).matches("[0-9a-f]{32}");
    assertThat(item.get("year").isNull()).isTrue();
  }

  @Test
  void createWithInvalidIdIs400() {
    for (String id : new String[] {"-starts-with-dash", "has space", "x".repeat(128), "a/b"}) {
      Http.Reply reply = http.post("/tables/movies", "{\"id\":\"" + id + "\"}");
      assertThat(reply.status()).as(id).isEqualTo(400);
      assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
    }
    assertThat(http.post("/tables/movies", "{\"id\":\"a.b|c:d_e-f\"}").status()).isEqualTo(201);
  }

  @Test
  void duplicateIdIs409WithTheServerEntityAndItsEtag() {
    JsonNode first = create("movies", FULL).json();
    Http.Reply reply = http.post("/tables/movies", "{\"id\":\"m1\",\"title\":\"Other\"}");
    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json()).isEqualTo(first);
    assertThat(reply.etag()).isEqualTo("\"" + first.get("version").asText() + "\"");
  }

  @Test
  void readAnswersEtagAndLastModified() {
    JsonNode item = create("movies", FULL).json();
    Http.Reply reply = http.get("/tables/movies/m1");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.etag()).isEqualTo("\"" + item.get("version").asText() + "\"");
    Instant lastModified = ZonedDateTime.parse(reply.header("Last-Modified"),
        DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    assertThat(lastModified).isEqualTo(Instant.parse(item.get("updatedAt").asText()).truncatedTo(ChronoUnit.SECONDS));
  }

  @Test
  void readOfMissingItemIs404() {
    assertThat(http.get("/tables/movies/nothing").status()).isEqualTo(404);
  }

  @Test
  void replaceStoresTheNewItemWithNewVersionAndUpdatedAt() {
    JsonNode first = create("movies", FULL).json();
    Http.Reply reply = http.put("/tables/movies/m1", "{\"id\":\"m1\",\"title\":\"Aliens\",\"year\":1986}");
    assertThat(reply.status()).isEqualTo(200);
    JsonNode second = reply.json();
    assertThat(second.get("title").asText()).isEqualTo("Aliens");
    assertThat(second.get("score").isNull()).isTrue();
    assertThat(second.get("version").asText()).isNotEqualTo(first.get("version").asText());
    assertThat(Instant.parse(second.get("updatedAt").asText()))
        .isAfter(Instant.parse(first.get("updatedAt").asText()));
    assertThat(reply.etag()).isEqualTo("\"" + second.get("version").asText() + "\"");
    assertThat(http.get("/tables/movies/m1").json()).isEqualTo(second);
  }

  @Test
  void replaceWithDifferentBodyIdIs400() {
    create("movies", FULL);
    assertThat(http.put("/tables/movies/m1", "{\"id\":\"m2\",\"title\":\"x\"}").status()).isEqualTo(400);
    assertThat(http.get("/tables/movies/m1").json().get("title").asText()).isEqualTo("Alien");
  }

  @Test
  void replaceOfMissingItemIs404() {
    assertThat(http.put("/tables/movies/none", "{\"id\":\"none\"}").status()).isEqualTo(404);
  }

  @Test
  void writesOfNonJsonAre415() {
    create("movies", FULL);
    assertThat(http.post("/tables/movies", "{}", "Content-Type", "text/plain").status()).isEqualTo(415);
    assertThat(http.put("/tables/movies/m1", "{}", "Content-Type", "application/xml").status()).isEqualTo(415);
    assertThat(http.send("POST", "/tables/movies", "{}").status()).isEqualTo(415);
    assertThat(http.post("/tables/movies", "{}", "Content-Type", "application/json; charset=utf-8").status())
        .isEqualTo(201);
  }

  @Test
  void hardDeleteRemovesTheItem() {
    create("movies", FULL);
    Http.Reply reply = http.delete("/tables/movies/m1");
    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    assertThat(http.get("/tables/movies/m1").status()).isEqualTo(404);
    assertThat(http.delete("/tables/movies/m1").status()).isEqualTo(404);
    assertThat(http.post("/tables/movies", FULL).status()).isEqualTo(201);
  }

  @Test
  void jsonNamesMatchIgnoringCase() {
    JsonNode item = create("movies", "{\"ID\":\"m9\",\"Title\":\"Case\",\"YEAR\":2000}").json();
    assertThat(item.get("id").asText()).isEqualTo("m9");
    assertThat(item.get("title").asText()).isEqualTo("Case");
    assertThat(item.get("year").asInt()).isEqualTo(2000);
  }

  @Test
  void idsWithReservedCharactersRoundTripThroughTheUrl() {
    create("movies", "{\"id\":\"a|b:c.d\",\"title\":\"odd\"}");
    assertThat(http.get("/tables/movies/a%7Cb%3Ac.d").json().get("title").asText()).isEqualTo("odd");
  }

  @Test
  void dataSurvivesARestart() {
    create("movies", FULL);
    restart();
    assertThat(http.get("/tables/movies/m1").json().get("title").asText()).isEqualTo("Alien");
  }
}
