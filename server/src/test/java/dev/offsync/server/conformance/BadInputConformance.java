package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.server.DatasyncServer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input is a 4xx with a problem body and a request id, never a 500 or a stack trace. */
abstract class BadInputConformance extends ServerTestBase {

  private boolean ignoreUnknownFields;

  @Override
  void configure(DatasyncServer.Builder builder) {
    builder.table(MOVIES).maxBodyBytes(2048).ignoreUnknownFields(ignoreUnknownFields);
  }

  private void assertProblem(Http.Reply reply, int status, String detailPart) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(reply.header("X-Request-Id")).isNotBlank();
    assertThat(reply.json().get("title").asText()).isNotBlank();
    assertThat(reply.json().get("detail").asText()).contains(detailPart);
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void propertiesThatNameNoColumnAre400NamingThemAndNothingIsStored() {
    assertProblem(http.post("/tables/movies", "{\"id\":\"m1\",\"title\":\"a\",\"rating\":\"R\",\"cast\":[1]}"),
        400, "has no column 'rating', 'cast'");
    assertThat(http.get("/tables/movies/m1").status()).isEqualTo(404);
    create("movies", "{\"id\":\"m1\",\"title\":\"a\",\"updatedAt\":\"2001-01-01T00:00:00Z\",\"version\":\"v\"}");
    assertProblem(http.put("/tables/movies/m1", "{\"id\":\"m1\",\"title\":\"b\",\"Rating\":null}"), 400,
        "has no column 'Rating'");
    assertThat(http.get("/tables/movies/m1").json().get("title").asText()).isEqualTo("a");
  }

  @Test
  void unknownPropertiesAreSkippedWhenTheServerIsToldToIgnoreThem() {
    ignoreUnknownFields = true;
    restart();
    Http.Reply reply = create("movies", "{\"id\":\"m1\",\"title\":\"a\",\"rating\":\"R\"}");
    assertThat(reply.json().has("rating")).isFalse();
  }

  @Test
  void malformedJsonIs400() {
    assertProblem(http.post("/tables/movies", "{\"title\": "), 400, "not valid JSON");
    assertProblem(http.post("/tables/movies", "[1,2]"), 400, "one JSON object");
    assertProblem(http.post("/tables/movies", ""), 400, "one JSON object");
    assertProblem(http.post("/tables/movies", "{} {}"), 400, "nothing after it");
    assertProblem(http.post("/tables/movies", "{\"title\":\"a\",\"TITLE\":\"b\"}"), 400, "twice");
  }

  @Test
  void wrongJsonTypesAre400NamingTheColumn() {
    assertProblem(http.post("/tables/movies", "{\"year\":\"1979\"}"), 400, "'year'");
    assertProblem(http.post("/tables/movies", "{\"year\":1.5}"), 400, "'year'");
    assertProblem(http.post("/tables/movies", "{\"year\":3000000000}"), 400, "out of range");
    assertProblem(http.post("/tables/movies", "{\"duration\":99999999999999999999}"), 400, "out of range");
    assertProblem(http.post("/tables/movies", "{\"title\":5}"), 400, "'title'");
    assertProblem(http.post("/tables/movies", "{\"bestPictureWinner\":\"yes\"}"), 400, "'bestPictureWinner'");
    assertProblem(http.post("/tables/movies", "{\"releaseDate\":\"25/05/1979\"}"), 400, "'releaseDate'");
    assertProblem(http.post("/tables/movies", "{\"premiere\":\"1979-05-25T18:00:00\"}"), 400, "'premiere'");
    assertProblem(http.post("/tables/movies", "{\"ref\":\"not-a-uuid\"}"), 400, "'ref'");
    assertProblem(http.post("/tables/movies", "{\"poster\":\"***\"}"), 400, "'poster'");
    assertProblem(http.post("/tables/movies", "{\"price\":\"abc\"}"), 400, "'price'");
    assertProblem(http.post("/tables/movies", "{\"id\":42}"), 400, "'id'");
    assertProblem(http.post("/tables/movies", "{\"title\":{\"nested\":true}}"), 400, "'title'");
  }

  @Test
  void stringsWithUnpairedSurrogatesAre400AndNotStored() {
    assertProblem(http.post("/tables/movies", "{\"id\":\"m1\",\"title\":\"a\\ud800b\"}"), 400, "not valid Unicode");
    assertProblem(http.post("/tables/movies", "{\"id\":\"m1\",\"title\":\"\\udc00\"}"), 400, "'title'");
    assertThat(http.get("/tables/movies/m1").status()).isEqualTo(404);
    assertThat(http.post("/tables/movies", "{\"id\":\"m2\",\"title\":\"\\ud83c\\udfac\"}").status())
        .isEqualTo(201);
    assertThat(http.get("/tables/movies/m2").json().get("title").asText()).isEqualTo("\ud83c\udfac");
  }

  @Test
  void hugeBodiesAre413() {
    String big = "{\"title\":\"" + "x".repeat(4096) + "\"}";
    assertProblem(http.post("/tables/movies", big), 413, "2048");
    create("movies", "{\"id\":\"m1\"}");
    assertProblem(http.put("/tables/movies/m1", big), 413, "2048");
  }

  @Test
  void unknownTablesAndPathsAre404() {
    assertProblem(http.get("/tables/nothing"), 404, "nothing");
    assertProblem(http.get("/tables/movies/a/b"), 404, "/tables/");
    assertProblem(http.get("/tables/"), 404, "/tables/");
    Http.Reply other = http.get("/other");
    assertThat(other.status()).isEqualTo(404);
    if (server.ownsEveryPath()) {
      assertProblem(other, 404, "/tables/");
    }
  }

  @Test
  void wrongVerbsAre405WithAllow() {
    Http.Reply patch = http.send("PATCH", "/tables/movies/m1", "{}", "Content-Type", "application/json");
    assertProblem(patch, 405, "PATCH");
    assertThat(patch.header("Allow")).isEqualTo("GET, PUT, DELETE");
    Http.Reply put = http.put("/tables/movies", "{}");
    assertProblem(put, 405, "PUT");
    assertThat(put.header("Allow")).isEqualTo("GET, POST");
    assertProblem(http.delete("/tables/movies"), 405, "DELETE");
    assertProblem(http.post("/tables/movies/m1", "{}"), 405, "POST");
  }

  @Test
  void invalidIdsInTheUrlAre400() {
    assertProblem(http.get("/tables/movies/-bad"), 400, "Invalid id");
    assertProblem(http.get("/tables/movies/" + "x".repeat(130)), 400, "Invalid id");
  }

  @Test
  void hostileQueryTextIs400() {
    assertProblem(http.get("/tables/movies?$filter=" + encode("1; DROP TABLE movies --")), 400, "$filter");
    assertProblem(http.get("/tables/movies?$orderby=" + encode("title; DELETE")), 400, "$orderby");
    assertThat(http.raw("GET /tables/movies?$filter=%E0%A4%A HTTP/1.1")).startsWith("HTTP/1.1 400")
        .doesNotContain("Exception");
    assertThat(http.get("/tables/movies").status()).isEqualTo(200);
  }

  @Test
  void randomBodiesNeverCauseA500() {
    long seed = Long.parseLong(System.getenv().getOrDefault("OFFSYNC_TEST_SEED", "20240823"));
    Random random = new Random(seed);
    String[] pieces = {"{", "}", "[", "]", "\"id\"", "\"title\"", "\"year\"", "\"premiere\"", ":", ",", "null",
        "true", "1e999", "-0", "\"\\u0000\"", "\"2024-01-01T00:00:00Z\"", "12345678901234567890", "\"x\"", " "};
    for (int i = 0; i < 200; i++) {
      StringBuilder body = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int j = 0; j < length; j++) {
        body.append(pieces[random.nextInt(pieces.length)]);
      }
      Http.Reply reply = http.post("/tables/movies", body.toString());
      assertThat(reply.status()).as("seed " + seed + ", body " + body).isIn(201, 400, 409);
    }
  }

  @Test
  void strictApiVersionRejectsMissingOrWrongVersions() {
    restart(builder -> builder.table(MOVIES).strictApiVersion(true));
    assertProblem(http.get("/tables/movies"), 400, "ZUMO-API-VERSION");
    assertProblem(http.get("/tables/movies", "ZUMO-API-VERSION", "2.0.0"), 400, "2.0.0");
    assertThat(http.get("/tables/movies", "ZUMO-API-VERSION", "3.0.0").status()).isEqualTo(200);
    assertThat(http.get("/tables/movies", "zumo-api-version", "3.0.1").status()).isEqualTo(200);
    assertThat(http.get("/tables/movies?ZUMO-API-VERSION=3.0.0").status()).isEqualTo(200);
  }

  @Test
  void lenientApiVersionByDefault() {
    assertThat(http.get("/tables/movies").status()).isEqualTo(200);
    assertThat(http.get("/tables/movies", "ZUMO-API-VERSION", "2.0.0").status()).isEqualTo(200);
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
