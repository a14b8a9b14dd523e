package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offsync.server.DatasyncServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists and paging: page size, MaxTop, {@code $skip}/{@code $top}/{@code $count}, nextLink forms. */
abstract class ListConformance extends ServerTestBase {

  @Override
  void configure(DatasyncServer.Builder builder) {
    builder.table(MOVIES.withPageSize(3)).table(ARCHIVE).maxTop(50);
  }

  private void createMovies(int count) {
    for (int i = 0; i < count; i++) {
      create("movies", String.format("{\"id\":\"m%02d\",\"year\":%d}", i, 2000 + i));
    }
  }

  private static List<String> ids(JsonNode page) {
    return SoftDeleteConformance.ids(page);
  }

  @Test
  void emptyTableIsAnEmptyPage() {
    JsonNode page = http.get("/tables/movies").json();
    assertThat(page.get("items").size()).isZero();
    assertThat(page.get("count").isNull()).isTrue();
    assertThat(page.get("nextLink").isNull()).isTrue();
  }

  @Test
  void pagesAreOrderedByIdAndLinkedInTheBareQueryForm() {
    createMovies(7);
    JsonNode first = http.get("/tables/movies").json();
    assertThat(ids(first)).containsExactly("m00", "m01", "m02");
    assertThat(first.get("count").isNull()).isTrue();
    assertThat(first.get("nextLink").asText()).isEqualTo("$skip=3");
    JsonNode last = http.get("/tables/movies?$skip=6").json();
    assertThat(ids(last)).containsExactly("m06");
    assertThat(last.get("nextLink").isNull()).isTrue();
  }

  @Test
  void followingNextLinksReadsEveryRowOnce() {
    createMovies(10);
    List<String> seen = new ArrayList<>();
    String query = "$count=true&__includedeleted=true";
    for (int pages = 0; query != null && pages < 20; pages++) {
      JsonNode page = http.get("/tables/movies?" + query).json();
      assertThat(page.get("count").asLong()).isEqualTo(10);
      seen.addAll(ids(page));
      query = page.get("nextLink").isNull() ? null : page.get("nextLink").asText();
    }
    assertThat(seen).hasSize(10).doesNotHaveDuplicates();
  }

  @Test
  void nextLinkKeepsOtherParametersAndReplacesSkipAndTop() {
    createMovies(10);
    JsonNode page = http.get("/tables/movies?$count=true&$top=5&$skip=1&__includedeleted=true&x=a%20b").json();
    assertThat(ids(page)).containsExactly("m01", "m02", "m03");
    assertThat(page.get("nextLink").asText())
        .isEqualTo("$count=true&__includedeleted=true&x=a%20b&$skip=4&$top=2");
    JsonNode next = http.get("/tables/movies?" + page.get("nextLink").asText()).json();
    assertThat(ids(next)).containsExactly("m04", "m05");
    assertThat(next.get("nextLink").isNull()).isTrue();
  }

  @Test
  void topSmallerThanThePageEndsThePage() {
    createMovies(5);
    JsonNode page = http.get("/tables/movies?$top=2").json();
    assertThat(ids(page)).containsExactly("m00", "m01");
    assertThat(page.get("nextLink").isNull()).isTrue();
    assertThat(ids(http.get("/tables/movies?$top=0").json())).isEmpty();
  }

  @Test
  void countIsTheMatchingTotalBeforePaging() {
    createMovies(5);
    JsonNode page = http.get("/tables/movies?$count=true&$skip=4").json();
    assertThat(page.get("count").asLong()).isEqualTo(5);
    assertThat(ids(page)).containsExactly("m04");
    assertThat(http.get("/tables/movies?$count=false").json().get("count").isNull()).isTrue();
  }

  @Test
  void skipBeyondTheEndIsEmpty() {
    createMovies(2);
    JsonNode page = http.get("/tables/movies?$skip=10").json();
    assertThat(ids(page)).isEmpty();
    assertThat(page.get("nextLink").isNull()).isTrue();
  }

  @Test
  void pathFormOfNextLinkOnRequest() {
    createMovies(4);
    JsonNode page = http.get("/tables/movies?$count=true", "X-ZUMO-Options", "nextLink=path").json();
    assertThat(page.get("nextLink").asText()).isEqualTo("/tables/movies?$count=true&$skip=3");
  }

  @Test
  void serverPageSizeAppliesToTablesWithoutTheirOwn() {
    for (int i = 0; i < 101; i++) {
      create("archive", "{\"id\":\"a" + (1000 + i) + "\"}");
    }
    JsonNode page = http.get("/tables/archive").json();
    assertThat(page.get("items").size()).isEqualTo(100);
    assertThat(page.get("nextLink").asText()).isEqualTo("$skip=100");
  }

  @Test
  void badPagingOptionsAre400() {
    for (String query : new String[] {"$top=51", "$top=-1", "$top=abc", "$skip=-5", "$skip=1.5",
        "$skip=99999999999", "$count=yes", "$expand=x", "$apply=x", "$top=1&$top=2"}) {
      Http.Reply reply = http.get("/tables/movies?" + query);
      assertThat(reply.status()).as(query).isEqualTo(400);
      assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(reply.json().get("detail").asText()).isNotBlank();
    }
    assertThat(http.get("/tables/movies?$top=50").status()).isEqualTo(200);
  }

  @Test
  void idsSortByCodePointOnEveryDatabase() {
    for (String id : new String[] {"b_3", "a1", "b.1", "Z1", "b-2"}) {
      create("archive", "{\"id\":\"" + id + "\"}");
    }
    assertThat(ids(http.get("/tables/archive").json())).containsExactly("Z1", "a1", "b-2", "b.1", "b_3");
  }

  @Test
  void unknownPlainParametersAreIgnored() {
    createMovies(1);
    assertThat(ids(http.get("/tables/movies?foo=bar&ZUMO-API-VERSION=3.0.0").json())).containsExactly("m00");
  }
}
