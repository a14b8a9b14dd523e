package dev.offsync.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Malformed and injection-looking input ends in an {@link ODataSyntaxException} or in a harmless query whose
 * SQL holds nothing but known identifiers, keywords and placeholders; never another exception.
 */
class HostileInputTest {

  private static final long FIXED_SEED = 666L;
  /** What printed SQL may contain: quoted known identifiers, SQL words, operators, placeholders, small numbers. */
  private static final Pattern SAFE_SQL = Pattern.compile(
      "(\"[A-Za-z]+\"|[A-Za-z_]+|\\?|'(%[YmdHMS]|unixepoch| |UTC)'|[-0-9.]+|[()=<>!%*/+|,\\s])*");

  private static final List<String> CORPUS = List.of(
      "'; DROP TABLE x; --",
      "title eq ''; DROP TABLE x; --'",
      "title eq 'a' or 1 eq 1 --",
      "1 eq 1) or (1 eq 1",
      "title eq 'a') or ('1' eq '1",
      "title eq 'a\\' or 1=1 --'",
      "\"title\" eq 'a'",
      "title; DELETE FROM todoitems",
      "title eq 'a' /* comment */",
      "title eq 'x' union select * from users",
      "updatedAt gt cast(2024-01-01T00:00:00Z); DROP TABLE x,Edm.DateTimeOffset)",
      "updatedAt gt cast(2024-01-01",
      "updatedAt gt cast(",
      "startswith(title,",
      "startswith(",
      "substringof('a'",
      "title in ('a',",
      "title in 'a'",
      "title eq",
      "eq",
      "and",
      "not",
      "()",
      ")(",
      ",",
      "title eq 'a'')",
      "rating eq 1e999",
      "rating eq 1e999f",
      "rating eq -",
      "rating eq 1.",
      "rating eq .5",
      "rating eq 0x10",
      "title eq '\u0000'",
      "title\u0000eq 'a'",
      "title eq \ud800",
      "datetime'",
      "guid'not-a-guid' eq ref",
      "binary'***' eq data",
      "cast(title,Edm.String) eq 'a'",
      "title eq null eq null",
      "length(title,title) eq 1",
      "length() eq 1",
      "year(title) eq 1",
      "substring(title,1,2,3) eq 'a'",
      "rating add 'a' eq 1",
      "$it eq 1",
      "title has 'a'",
      "title eq 'a' and",
      "not not not",
      "((((((((((");

  @Test
  void theCorpusEndsInErrorsOrHarmlessQueries() {
    for (String input : CORPUS) {
      assertHarmless(input);
    }
  }

  @Test
  void literalComparisonsAreHarmless() {
    Filter<Object> filter = Todo.PARSER.parseFilter("(1 eq 1) or (1 eq 1)");
    SqlFragment sql = SqlPrinter.sqlite().where(filter);
    assertThat(sql.sql()).isEqualTo("((? = ?) OR (? = ?))");
    assertThat(sql.parameters()).containsExactly(1, 1, 1, 1);
  }

  @Test
  void tenThousandNestedParenthesesAreADepthError() {
    String input = "(".repeat(10_000) + "title eq 'a'" + ")".repeat(10_000);
    assertThatThrownBy(() -> Todo.PARSER.parseFilter(input))
        .isInstanceOf(ODataSyntaxException.class)
        .hasMessageContaining("deeper than the limit of 100");
    String nots = "not ".repeat(10_000) + "complete";
    assertThatThrownBy(() -> Todo.PARSER.parseFilter(nots)).isInstanceOf(ODataSyntaxException.class);
    String calls = "tolower(".repeat(10_000) + "title" + ")".repeat(10_000) + " eq 'a'";
    assertThatThrownBy(() -> Todo.PARSER.parseFilter(calls)).isInstanceOf(ODataSyntaxException.class);
    String sums = "rating" + " add 1".repeat(5_000) + " eq 1";
    assertThatThrownBy(() -> Todo.PARSER.parseFilter(sums)).isInstanceOf(ODataSyntaxException.class);
  }

  @Test
  void deepNestingStaysAnErrorEvenWithGenerousLimits() {
    ODataParser generous = Todo.PARSER.withLimits(Integer.MAX_VALUE, 500);
    String input = "(".repeat(200_000) + "title eq 'a'" + ")".repeat(200_000);
    assertThatThrownBy(() -> generous.parseFilter(input)).isInstanceOf(ODataSyntaxException.class);
    assertThat(generous.parseFilter("(".repeat(400) + "title eq 'a'" + ")".repeat(400)))
        .isEqualTo(Todo.TITLE.eq("a"));
  }

  @Test
  void aOneMegabyteStringIsALengthErrorOrAParameter() {
    String big = "x".repeat(1 << 20);
    String input = "title eq '" + big + "'";
    assertThatThrownBy(() -> Todo.PARSER.parseFilter(input))
        .isInstanceOfSatisfying(ODataSyntaxException.class, e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    Filter<Object> filter = Todo.PARSER.withLimits(2 << 20, 100).parseFilter(input);
    SqlFragment sql = SqlPrinter.sqlite().where(filter);
    assertThat(sql.sql()).isEqualTo("(\"title\" = ?)");
    assertThat(sql.parameters()).containsExactly(big);
    assertThatThrownBy(() -> Todo.PARSER.withLimits(2 << 20, 100).parseFilter("title eq '" + big))
        .isInstanceOfSatisfying(ODataSyntaxException.class, e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void longFlatChainsParseAndPrintWithoutRecursion() {
    String input = String.join(" or ", java.util.Collections.nCopies(4000, "rating eq 1"));
    Filter<Object> filter = Todo.PARSER.parseFilter(input);
    assertThat(filter).isInstanceOf(Or.class);
    assertThat(((Or<?>) filter).operands()).hasSize(4000);
    assertThat(SqlPrinter.postgres().where(filter).parameters()).hasSize(4000);
    assertThat(ODataPrinter.filter(filter)).startsWith("((((");
  }

  @Test
  void randomMutationsOfValidFiltersNeverThrowAnythingElse() {
    long seed = RandomFilters.seed(FIXED_SEED);
    Random random = new Random(seed);
    RandomFilters filters = new RandomFilters(random, RandomFilters.STRINGS);
    String alphabet = "()',' eqandornot-+.:0123456789aZ_%\"\\;";
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder(ODataPrinter.filter(filters.filter(2)));
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits && text.length() > 0; e++) {
        int at = random.nextInt(text.length());
        switch (random.nextInt(3)) {
          case 0 -> text.deleteCharAt(at);
          case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          default -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      try {
        assertHarmless(text.toString());
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("seed " + seed + ", mutation #" + i + ": " + text, e);
      }
    }
  }

  private static void assertHarmless(String input) {
    Filter filter;
    try {
      filter = Todo.PARSER.parseFilter(input);
    } catch (ODataSyntaxException e) {
      assertThat(e.position()).as(input).isBetween(0, input.length());
      assertThat(e.getMessage()).as(input).isNotBlank().hasSizeLessThan(600);
      return;
    }
    for (SqlPrinter printer : List.of(SqlPrinter.sqlite(), SqlPrinter.postgres())) {
      String sql = printer.where(filter).sql();
      assertThat(sql).as(input).doesNotContain(";", "--", "/*");
      assertThat(SAFE_SQL.matcher(sql.replace(" COLLATE \"C\"", "")).matches()).as(input + " gave " + sql).isTrue();
    }
  }
}
