package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code $filter}, {@code $orderby} and {@code $select} through core's OData parser and SQL printers. */
abstract class QueryConformance extends ServerTestBase {

  @BeforeEach
  void createMovies() {
    create("movies", "{\"id\":\"m1\",\"title\":\"Alien\",\"year\":1979,\"price\":9.5,\"bestPictureWinner\":false,"
        + "\"releaseDate\":\"1979-05-25\",\"premiere\":\"1979-05-25T18:00:00.000Z\"}");
    create("movies", "{\"id\":\"m2\",\"title\":\"Amadeus\",\"year\":1984,\"price\":12,\"bestPictureWinner\":true,"
        + "\"releaseDate\":\"1984-09-19\",\"premiere\":\"1984-09-19T19:30:00.000Z\"}");
    create("movies", "{\"id\":\"m3\",\"title\":\"Brazil\",\"year\":1985,\"price\":10.25,"
        + "\"bestPictureWinner\":false,\"releaseDate\":\"1985-02-20\"}");
    create("movies", "{\"id\":\"m4\",\"title\":null,\"year\":1984}");
  }

  private List<String> ids(String query) {
    Http.Reply reply = http.get("/tables/movies?" + query);
    assertThat(reply.status()).as(query + ": " + reply.body()).isEqualTo(200);
    return SoftDeleteConformance.ids(reply.json());
  }

  private static String q(String option, String text) {
    return option + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void filtersAsTheDotNetClientsWriteThem() {
    assertThat(ids(q("$filter", "(year eq 1984)"))).containsExactly("m2", "m4");
    assertThat(ids(q("$filter", "((year gt 1980) and (bestPictureWinner eq false))"))).containsExactly("m3");
    assertThat(ids(q("$filter", "startswith(title,'A')"))).containsExactly("m1", "m2");
    assertThat(ids(q("$filter", "title eq null"))).containsExactly("m4");
    assertThat(ids(q("$filter", "not(title eq null) and (price gt 10M)"))).containsExactly("m2", "m3");
    assertThat(ids(q("$filter", "releaseDate lt cast(1984-12-31,Edm.Date)"))).containsExactly("m1", "m2");
    assertThat(ids(q("$filter", "premiere gt cast(1980-01-01T00:00:00.000Z,Edm.DateTimeOffset)")))
        .containsExactly("m2");
    assertThat(ids(q("$filter", "year in (1979, 1985)"))).containsExactly("m1", "m3");
    assertThat(ids(q("$filter", "(tolower(title) eq 'brazil') or (id eq 'm1')"))).containsExactly("m1", "m3");
  }

  @Test
  void filtersOnSystemProperties() {
    JsonNode m2 = http.get("/tables/movies/m2").json();
    String since = m2.get("updatedAt").asText();
    assertThat(ids(q("$filter", "(updatedAt gt cast(" + since + ",Edm.DateTimeOffset))")))
        .containsExactly("m3", "m4");
    assertThat(ids(q("$filter", "deleted eq false"))).hasSize(4);
  }

  @Test
  void countAndNextLinkFollowTheFilter() {
    String query = q("$filter", "year ge 1980") + "&" + q("$orderby", "year desc") + "&$count=true&$top=2";
    JsonNode page = http.get("/tables/movies?" + query).json();
    assertThat(page.get("count").asLong()).isEqualTo(3);
    assertThat(SoftDeleteConformance.ids(page)).containsExactly("m3", "m2");
    assertThat(page.get("nextLink").isNull()).isTrue();
    JsonNode paged = http.get("/tables/movies?" + q("$filter", "year ge 1980") + "&" + q("$orderby", "year desc")
        + "&$count=true&$top=3").json();
    assertThat(SoftDeleteConformance.ids(paged)).containsExactly("m3", "m2", "m4");
  }

  @Test
  void orderByWithIdAsTheTieBreaker() {
    assertThat(ids(q("$orderby", "year desc"))).containsExactly("m3", "m2", "m4", "m1");
    assertThat(ids(q("$orderby", "year,title desc"))).containsExactly("m1", "m2", "m4", "m3");
    assertThat(ids(q("$orderby", "title"))).containsExactly("m4", "m1", "m2", "m3");
    assertThat(ids(q("$orderby", "id desc"))).containsExactly("m4", "m3", "m2", "m1");
    assertThat(ids(q("$orderby", "price desc"))).containsExactly("m2", "m3", "m1", "m4");
  }

  @Test
  void selectReturnsOnlyTheNamedProperties() {
    JsonNode page = http.get("/tables/movies?" + q("$select", "id,Title") + "&" + q("$filter", "id eq 'm1'"))
        .json();
    JsonNode item = page.get("items").get(0);
    List<String> names = new ArrayList<>();
    item.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("id", "title");
    assertThat(item.get("title").asText()).isEqualTo("Alien");
  }

  @Test
  void badQueriesAre400WithTheParsersReason() {
    for (String query : new String[] {q("$filter", "nothing eq 1"), q("$filter", "year eq"),
        q("$filter", "title eq 'unterminated"), q("$filter", "year eq 1; DROP TABLE movies"),
        q("$filter", "(".repeat(500) + "year eq 1" + ")".repeat(500)), q("$orderby", "year sideways"),
        q("$orderby", "nothing"), q("$select", "id title"), q("$select", "nothing"),
        q("$filter", "substringof('a', title) eq true and foo(1)")}) {
      Http.Reply reply = http.get("/tables/movies?" + query);
      assertThat(reply.status()).as(query + ": " + reply.body()).isEqualTo(400);
      assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(reply.json().get("detail").asText()).startsWith("$");
    }
    assertThat(ids("")).hasSize(4);
  }

  @Test
  void queriesTheDatabaseCannotEvaluateAre400() {
    assertThat(ids(q("$filter", "(year div 0) eq 1"))).isEmpty();
    // PostgreSQL refuses integer overflow (SQLSTATE 22003) where SQLite widens to a real number.
    Http.Reply overflow = http.get("/tables/movies?" + q("$filter", "(year mul 2147483647) gt 0"));
    if (database.url().startsWith("jdbc:postgresql:")) {
      assertThat(overflow.status()).as(overflow.body()).isEqualTo(400);
      assertThat(overflow.json().get("detail").asText()).contains("cannot be evaluated").contains("22003");
    } else {
      assertThat(overflow.status()).as(overflow.body()).isEqualTo(200);
    }
  }
}
