package dev.offsync.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.query.StringField;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PullRequestsTest {

  private static final StringField TITLE = new StringField("title");
  private static final String MD5_OF_EMPTY_FILTER = "5ade0dad304361bf238a0e096aca6033";

  private static String decoded(String query) {
    return URLDecoder.decode(query, StandardCharsets.UTF_8);
  }

  @Test
  void theFirstPullIntoAnEmptyTableOrdersByTimeAndIdAndCountsWithoutDeletedRows() {
    assertThat(decoded(PullRequests.queryString(Optional.empty(), Optional.empty(), true, false)))
        .isEqualTo("$orderby=updatedAt,id&$count=true");
  }

  @Test
  void theFirstPullIntoATableWithRowsAsksForDeletedRowsToo() {
    assertThat(decoded(PullRequests.queryString(Optional.empty(), Optional.empty(), true, true)))
        .isEqualTo("$orderby=updatedAt,id&$count=true&__includedeleted=true");
  }

  @Test
  void laterRequestsAddTheCompoundCursorToTheCallersFilter() {
    PullCursor cursor = new PullCursor(Instant.parse("2024-08-23T20:22:54.291Z"), "b7");

    String query = decoded(PullRequests.queryString(Optional.of(TITLE.eq("x")), Optional.of(cursor), false, false));

    assertThat(query).isEqualTo("$filter=(((title eq 'x') and (updatedAt ge cast(2024-08-23T20:22:54.291Z,"
        + "Edm.DateTimeOffset))) and ((updatedAt gt cast(2024-08-23T20:22:54.291Z,Edm.DateTimeOffset)) or"
        + " (id gt 'b7')))&$orderby=updatedAt,id&__includedeleted=true");
  }

  @Test
  void aTokenWithoutIdPullsStrictlyNewerRecords() {
    PullCursor cursor = PullCursor.parse("2024-08-23T20:22:54.291+00:00");

    assertThat(cursor.id()).isNull();
    assertThat(decoded(PullRequests.queryString(Optional.empty(), Optional.of(cursor), false, false)))
        .startsWith("$filter=(updatedAt gt cast(2024-08-23T20:22:54.291Z,Edm.DateTimeOffset))&");
  }

  @Test
  void cursorsRoundTripThroughTheirTokenAndOrderByTimeThenId() {
    PullCursor cursor = new PullCursor(Instant.parse("2024-01-01T00:00:00.120Z"), "a|b:c");

    assertThat(PullCursor.parse(cursor.token())).isEqualTo(cursor);
    assertThat(cursor.token()).isEqualTo("2024-01-01T00:00:00.120Z a|b:c");
    assertThat(cursor).isLessThan(new PullCursor(cursor.updatedAt(), "b"));
    assertThat(cursor).isLessThan(new PullCursor(cursor.updatedAt().plusMillis(1), "a"));
    assertThat(new PullCursor(cursor.updatedAt(), null)).isLessThan(cursor);
  }

  @Test
  void queryIdsFollowTheV6DerivationAndDependOnTheFilter() {
    // md5("q|todoitems|") computed independently with coreutils' md5sum.
    assertThat(PullRequests.queryId("todoitems", Optional.empty())).isEqualTo(MD5_OF_EMPTY_FILTER);
    assertThat(PullRequests.queryId("todoitems", Optional.of(TITLE.eq("x"))))
        .isNotEqualTo(PullRequests.queryId("todoitems", Optional.empty()));
  }
}
