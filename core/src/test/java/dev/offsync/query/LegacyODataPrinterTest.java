package dev.offsync.query;

import static dev.offsync.query.Todo.ALARM;
import static dev.offsync.query.Todo.DATA;
import static dev.offsync.query.Todo.DUE;
import static dev.offsync.query.Todo.HAPPENED;
import static dev.offsync.query.Todo.MEETING;
import static dev.offsync.query.Todo.NOTE;
import static dev.offsync.query.Todo.PRICE;
import static dev.offsync.query.Todo.RATING;
import static dev.offsync.query.Todo.REF;
import static dev.offsync.query.Todo.TITLE;
import static dev.offsync.query.Todo.UPDATED_AT;
import static dev.offsync.query.Todo.VIEWS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The protocol v2 (OData v3) forms that legacy Azure Mobile Apps servers read. */
class LegacyODataPrinterTest {

  private static final long FIXED_SEED = 20161122L;
  private static final int CASES = 3000;

  private static String print(Filter<?> filter) {
    return ODataPrinter.legacyFilter(filter);
  }

  @Test
  void instantsAreDatetimeoffsetLiterals() {
    assertThat(print(UPDATED_AT.gt(Instant.parse("2024-08-23T20:22:54.291789Z"))))
        .isEqualTo("(updatedAt gt datetimeoffset'2024-08-23T20:22:54.291Z')");
    assertThat(print(HAPPENED.eq(OffsetDateTime.of(2024, 8, 23, 22, 22, 54, 0, ZoneOffset.ofHours(2)))))
        .isEqualTo("(happened eq datetimeoffset'2024-08-23T20:22:54.000Z')");
  }

  @Test
  void containsIsSubstringofWithItsArgumentsSwapped() {
    assertThat(print(TITLE.contains("milk"))).isEqualTo("substringof('milk',title)");
    assertThat(print(TITLE.toLower().contains(NOTE.toLower())))
        .isEqualTo("substringof(tolower(note),tolower(title))");
    assertThat(print(TITLE.startsWith("a").and(TITLE.endsWith("z"))))
        .isEqualTo("(startswith(title,'a') and endswith(title,'z'))");
  }

  @Test
  void inIsAnOrChainOfEquals() {
    assertThat(print(TITLE.in("a", "b", "c")))
        .isEqualTo("(((title eq 'a') or (title eq 'b')) or (title eq 'c'))");
    assertThat(print(RATING.in(1))).isEqualTo("(rating eq 1)");
    assertThat(print(RATING.in(1, 2).not())).isEqualTo("not(((rating eq 1) or (rating eq 2)))");
  }

  @Test
  void datesTimesAndUuidsAreTheTextTheServerStores() {
    assertThat(print(DUE.eq(LocalDate.of(1994, 10, 14)))).isEqualTo("(dueDate eq '1994-10-14')");
    assertThat(print(ALARM.lt(LocalTime.of(7, 14)))).isEqualTo("(alarm lt '07:14:00.000')");
    assertThat(print(MEETING.eq(LocalDateTime.of(2024, 8, 23, 20, 22))))
        .isEqualTo("(meeting eq '2024-08-23T20:22:00.000')");
    assertThat(print(REF.eq(UUID.fromString("0E8D7C4A-1B2C-4D5E-8F90-A1B2C3D4E5F6"))))
        .isEqualTo("(ref eq '0e8d7c4a-1b2c-4d5e-8f90-a1b2c3d4e5f6')");
  }

  @Test
  void otherLiteralsAreWrittenAsInVersion4() {
    assertThat(print(TITLE.eq("it's"))).isEqualTo("(title eq 'it''s')");
    assertThat(print(VIEWS.eq(5L))).isEqualTo("(views eq 5L)");
    assertThat(print(PRICE.eq(new BigDecimal("2.5")))).isEqualTo("(price eq 2.5M)");
    assertThat(print(TITLE.isNull())).isEqualTo("(title eq null)");
  }

  @Test
  void bytesHaveNoLegacyForm() {
    assertThatThrownBy(() -> print(DATA.eq(new byte[] {1})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("protocol v2");
  }

  @Test
  void legacyQueryStringAsksForTheCountAndDeletedRowsTheV2Way() {
    Query query = Query.where(UPDATED_AT.gt(Instant.parse("2024-01-01T00:00:00Z")))
        .orderBy(UPDATED_AT.asc(), Todo.ID.asc())
        .skip(100)
        .top(50)
        .includeCount(true)
        .includeDeleted(true)
        .parameter("zeta", "1");

    assertThat(ODataPrinter.legacyQueryString(query)).isEqualTo(
        "$filter=%28updatedAt%20gt%20datetimeoffset%272024-01-01T00%3A00%3A00.000Z%27%29"
            + "&$orderby=updatedAt,id&$skip=100&$top=50&$inlinecount=allpages&__includeDeleted=true&zeta=1");
    assertThat(ODataPrinter.legacyQueryString(Query.all())).isEmpty();
  }

  /**
   * Random filters printed in the legacy forms parse back (the parser reads them) into filters that select
   * the same rows, wherever the legacy text is parseable as typed: dates and times become text there.
   */
  @Test
  void randomFiltersMeanTheSameInTheLegacyForms() {
    long seed = RandomFilters.seed(FIXED_SEED);
    RandomFilters random = new RandomFilters(new Random(seed), RandomFilters.STRINGS);
    List<Map<String, Object>> rows = random.rows(60);
    int checked = 0;
    for (int i = 0; i < CASES; i++) {
      Filter<Todo> filter = random.filter(3);
      String modern = ODataPrinter.filter(filter);
      if (modern.contains("binary'") || modern.contains("Edm.Date)") || modern.contains("Edm.TimeOfDay)")
          || modern.contains("Edm.DateTime)")) {
        continue;
      }
      checked++;
      String legacy = print(filter);
      Filter parsed;
      try {
        parsed = Todo.PARSER.parseFilter(legacy);
      } catch (ODataSyntaxException e) {
        throw new AssertionError("seed " + seed + ", case #" + i + ": cannot parse " + legacy, e);
      }
      for (Map<String, Object> row : rows) {
        if (Evaluator.matches(parsed, row) != Evaluator.matches(filter, row)) {
          fail("seed " + seed + ", case #" + i + ": " + legacy + " differs from " + modern + " on " + row);
        }
      }
    }
    assertThat(checked).as("filters checked").isGreaterThan(CASES / 2);
  }
}
