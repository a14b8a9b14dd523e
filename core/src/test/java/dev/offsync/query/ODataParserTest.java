package dev.offsync.query;

import static dev.offsync.query.Todo.COMPLETE;
import static dev.offsync.query.Todo.DATA;
import static dev.offsync.query.Todo.DUE;
import static dev.offsync.query.Todo.MEETING;
import static dev.offsync.query.Todo.NOTE;
import static dev.offsync.query.Todo.PRICE;
import static dev.offsync.query.Todo.PRIORITY;
import static dev.offsync.query.Todo.RATING;
import static dev.offsync.query.Todo.REF;
import static dev.offsync.query.Todo.SCORE;
import static dev.offsync.query.Todo.TITLE;
import static dev.offsync.query.Todo.UPDATED_AT;
import static dev.offsync.query.Todo.VIEWS;
import static dev.offsync.query.Todo.WEIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.schema.ColumnType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Parses OData text into the same trees the typed API builds, and rejects bad text with a position. */
class ODataParserTest {

  private static final ODataParser PARSER = Todo.PARSER;

  private static Filter parse(String text) {
    return PARSER.parseFilter(text);
  }

  @Test
  void theProtocolsPullFilterParsesToTheTypedTree() {
    Filter<Todo> expected = PRIORITY.eq(Todo.Priority.HIGH)
        .and(UPDATED_AT.gt(Instant.parse("2024-08-23T20:22:54.291Z")));
    assertThat(parse("((priority eq 'HIGH') and (updatedAt gt cast(2024-08-23T20:22:54.291Z,Edm.DateTimeOffset)))"))
        .isEqualTo(expected);
  }

  @Test
  void whitespaceParenthesesAndCaseAreFree() {
    Filter<Todo> expected = RATING.eq(5).and(TITLE.eq("a"));
    assertThat(parse("rating eq 5 and title eq 'a'")).isEqualTo(expected);
    assertThat(parse("  ( ( (Rating  EQ 5) ) AND\t(TITLE eq 'a')\n)  ")).isEqualTo(expected);
  }

  @Test
  void precedenceIsNotThenAndThenOr() {
    Filter<Todo> a = RATING.eq(1);
    Filter<Todo> b = RATING.eq(2);
    Filter<Todo> c = RATING.eq(3);
    assertThat(parse("rating eq 1 or rating eq 2 and rating eq 3")).isEqualTo(a.or(b.and(c)));
    assertThat(parse("not rating eq 1 and rating eq 2")).isEqualTo(a.not().and(b));
    assertThat(parse("rating add views mul 2 eq 3")).isEqualTo(RATING.add(VIEWS.mul(2)).eq(3));
    assertThat(parse("rating sub 1 sub 2 eq 3")).isEqualTo(RATING.sub(1).sub(2).eq(3));
  }

  @Test
  void literalsOfEveryType() {
    assertThat(parse("title eq 'it''s'")).isEqualTo(TITLE.eq("it's"));
    assertThat(parse("rating eq -7")).isEqualTo(RATING.eq(-7));
    assertThat(parse("views eq 5L")).isEqualTo(VIEWS.eq(5L));
    assertThat(parse("views eq 3000000000")).isEqualTo(VIEWS.eq(3_000_000_000L));
    assertThat(parse("price eq 2.5M")).isEqualTo(PRICE.eq(new BigDecimal("2.5")));
    assertThat(parse("price eq 2.50m")).isEqualTo(PRICE.eq(new BigDecimal("2.50")));
    assertThat(parse("score eq 1.5f")).isEqualTo(SCORE.eq(1.5f));
    assertThat(parse("weight eq 60.0")).isEqualTo(WEIGHT.eq(60.0));
    assertThat(parse("weight eq 6E1")).isEqualTo(WEIGHT.eq(60.0));
    assertThat(parse("weight eq 1.5d")).isEqualTo(WEIGHT.eq(1.5));
    assertThat(parse("complete eq true")).isEqualTo(COMPLETE.isTrue());
    assertThat(parse("complete eq FALSE")).isEqualTo(COMPLETE.isFalse());
    assertThat(parse("note eq null")).isEqualTo(NOTE.isNull());
    assertThat(parse("null ne note")).isEqualTo(new Comparison<>(ComparisonOperator.NE,
        Literal.nullOf(ColumnType.STRING), NOTE.operand()));
    assertThat(parse("dueDate eq cast(1994-10-14,Edm.Date)")).isEqualTo(DUE.eq(LocalDate.of(1994, 10, 14)));
    assertThat(parse("dueDate eq 1994-10-14")).isEqualTo(DUE.eq(LocalDate.of(1994, 10, 14)));
    assertThat(parse("alarm eq cast(07:14:00.000,Edm.TimeOfDay)")).isEqualTo(Todo.ALARM.eq(LocalTime.of(7, 14)));
    assertThat(parse("alarm eq 07:14")).isEqualTo(Todo.ALARM.eq(LocalTime.of(7, 14)));
    assertThat(parse("meeting eq cast(2024-08-23T20:22:00.000,Edm.DateTime)"))
        .isEqualTo(MEETING.eq(LocalDateTime.of(2024, 8, 23, 20, 22)));
    UUID uuid = UUID.fromString("0e8d7c4a-1b2c-4d5e-8f90-a1b2c3d4e5f6");
    assertThat(parse("ref eq cast(0E8D7C4A-1B2C-4D5E-8F90-A1B2C3D4E5F6,Edm.Guid)")).isEqualTo(REF.eq(uuid));
    assertThat(parse("ref eq guid'0e8d7c4a-1b2c-4d5e-8f90-a1b2c3d4e5f6'")).isEqualTo(REF.eq(uuid));
    assertThat(parse("ref eq '0e8d7c4a-1b2c-4d5e-8f90-a1b2c3d4e5f6'")).isEqualTo(REF.eq(uuid));
    assertThat(parse("data eq binary'AQID'")).isEqualTo(DATA.eq(new byte[] {1, 2, 3}));
    assertThat(parse("data eq X'010203'")).isEqualTo(DATA.eq(new byte[] {1, 2, 3}));
    assertThat(parse("data eq x'0aFf'")).isEqualTo(DATA.eq(new byte[] {10, -1}));
    assertThatThrownBy(() -> parse("data eq X'123'")).isInstanceOf(ODataSyntaxException.class)
        .hasMessageContaining("pairs");
    assertThatThrownBy(() -> parse("data eq X'0G'")).isInstanceOf(ODataSyntaxException.class)
        .hasMessageContaining("'0G' are not hex digits");
    assertThat(parse("priority eq 'LOW'")).isEqualTo(PRIORITY.eq(Todo.Priority.LOW));
  }

  @Test
  void legacyAndOffsetDateTimeLiteralsMeanTheSameInstant() {
    Filter<Object> expected = UPDATED_AT.gt(Instant.parse("2024-08-23T20:22:54.291Z"));
    assertThat(parse("updatedAt gt datetimeoffset'2024-08-23T20:22:54.291Z'")).isEqualTo(expected);
    assertThat(parse("updatedAt gt datetimeoffset'2024-08-23T22:22:54.291+02:00'")).isEqualTo(expected);
    assertThat(parse("updatedAt gt datetime'2024-08-23T20:22:54.291'")).isEqualTo(expected);
    assertThat(parse("updatedAt gt cast(2024-08-23T20:22:54.291+00:00,Edm.DateTimeOffset)")).isEqualTo(expected);
    assertThat(parse("updatedAt gt 2024-08-23T20:22:54.291Z")).isEqualTo(expected);
  }

  @Test
  void functionsAndLegacySubstringof() {
    assertThat(parse("startswith(title,'a')")).isEqualTo(TITLE.startsWith("a"));
    assertThat(parse("endswith( title , 'a' )")).isEqualTo(TITLE.endsWith("a"));
    assertThat(parse("contains(title,'a')")).isEqualTo(TITLE.contains("a"));
    assertThat(parse("substringof('a',title)")).isEqualTo(TITLE.contains("a"));
    assertThat(parse("substringof('a',title) eq true")).isEqualTo(TITLE.contains("a"));
    assertThat(parse("startswith(title,'a') eq false")).isEqualTo(TITLE.startsWith("a").not());
    assertThat(parse("tolower(title) eq 'x'")).isEqualTo(TITLE.toLower().eq("x"));
    assertThat(parse("ToUpper(title) eq 'X'")).isEqualTo(TITLE.toUpper().eq("X"));
    assertThat(parse("length(trim(title)) gt 3")).isEqualTo(TITLE.trim().length().gt(3));
    assertThat(parse("indexof(title,'b') eq 1")).isEqualTo(TITLE.indexOf("b").eq(1));
    assertThat(parse("concat(title,note) eq 'ab'")).isEqualTo(TITLE.concat(NOTE).eq("ab"));
    assertThat(parse("substring(title,1,2) eq 'bc'")).isEqualTo(TITLE.substring(1, 2).eq("bc"));
    assertThat(parse("year(dueDate) eq 2024")).isEqualTo(DUE.year().eq(2024));
    assertThat(parse("second(updatedAt) eq 5")).isEqualTo(UPDATED_AT.second().eq(5));
    assertThat(parse("round(weight) eq 2")).isEqualTo(WEIGHT.round().eq(2));
    assertThat(parse("ceiling(price) eq 2")).isEqualTo(PRICE.ceiling().eq(2));
  }

  @Test
  void booleanFieldsStandAloneAsConditions() {
    assertThat(parse("complete")).isEqualTo(COMPLETE.isTrue());
    assertThat(parse("not complete")).isEqualTo(COMPLETE.isTrue().not());
    assertThat(parse("not(complete) and deleted")).isEqualTo(COMPLETE.isTrue().not().and(Todo.DELETED.isTrue()));
  }

  @Test
  void inListsCoerceToTheFieldsType() {
    assertThat(parse("title in ('a','b')")).isEqualTo(TITLE.in("a", "b"));
    assertThat(parse("priority in ( 'LOW' , 'HIGH' )")).isEqualTo(PRIORITY.in(Todo.Priority.LOW,
        Todo.Priority.HIGH));
    assertThat(parse("rating in (1,2L,2.5)")).isEqualTo(RATING.in(1, 2L, 2.5));
  }

  @Test
  void fieldNamesResolveToTheTablesSpelling() {
    assertThat(parse("UPDATEDAT eq null")).isEqualTo(UPDATED_AT.isNull());
    assertThat(PARSER.parseOrderBy("UpdatedAt desc, title,ID asc"))
        .containsExactly(UPDATED_AT.desc(), new Ordering<>("title", ColumnType.STRING, false), Todo.ID.asc());
    assertThat(PARSER.parseSelect(" title ,ID")).containsExactly("title", "id");
    assertThat(PARSER.parseSelect("*")).isEmpty();
    assertThat(PARSER.parseOrderBy("")).isEmpty();
  }

  @Test
  void errorsNameTheProblemAndItsPosition() {
    expectError(() -> parse("nope eq 1"), 0, "Unknown field 'nope'");
    expectError(() -> parse("title eq 1"), 6, "Cannot compare a string with an int");
    expectError(() -> parse("startswith(rating,'a')"), 0, "must be strings");
    expectError(() -> parse("frobnicate(title) eq 1"), 0, "Unknown function 'frobnicate'");
    expectError(() -> parse("(title eq 'a'"), 13, "Expected ')' to close the '(' at position 0");
    expectError(() -> parse("title eq 'a')"), 12, "unbalanced ')'");
    expectError(() -> parse("title eq 'a' title"), 13, "Expected the end");
    expectError(() -> parse("title eq 'abc"), 9, "Unterminated string");
    expectError(() -> parse("title"), 0, "Expected a condition");
    expectError(() -> parse("rating eq 99999999999999999999"), 10, "out of range");
    expectError(() -> parse("rating gt null and note eq null eq null"), 32, "Expected the end");
    expectError(() -> parse("null eq null"), 5, "null with null");
    expectError(() -> parse("complete gt true"), 9, "'gt' does not apply to boolean");
    expectError(() -> parse("title in ()"), 10, "a field, a literal");
    expectError(() -> parse("title in ('a', null)"), 15, "non-null literal");
    expectError(() -> parse("updatedAt gt cast(yesterday,Edm.DateTimeOffset)"), 18, "Malformed literal");
    expectError(() -> parse("updatedAt gt cast(2024-01-01,Edm.Banana)"), 29, "Unsupported cast type");
    expectError(() -> parse("title eq 'a' # 1"), 13, "Unexpected character '#'");
    expectError(() -> parse("substring(title,-1) eq 'a'"), 0, "non-negative int literal");
    expectError(() -> parse(""), 0, "Expected a field");
    expectError(() -> PARSER.parseOrderBy("title sideways"), 6, "Expected asc, desc");
    expectError(() -> PARSER.parseOrderBy("tolower(title)"), 0, "field names only");
    expectError(() -> PARSER.parseSelect("title id"), 6, "Expected ','");
    expectError(() -> PARSER.parseSelect("title,"), 6, "Expected a field name");
    expectError(() -> PARSER.parseSelect("secret"), 0, "Unknown field 'secret' in $select");
  }

  @Test
  void limitsAreConfigurable() {
    ODataParser strict = PARSER.withLimits(20, 2);
    expectError(() -> strict.parseFilter("title eq 'aaaaaaaaaaaaaaaaaaaa'"), 20, "the limit is 20");
    expectError(() -> strict.parseFilter("(((rating eq 1)))"), 2, "deeper than the limit of 2");
    assertThat(strict.parseFilter("((rating eq 1))")).isEqualTo(RATING.eq(1));
    expectError(() -> PARSER.withLimits(100, 2).parseFilter("rating add 1 add 2 eq 1"), 13, "deeper than the limit of 2");
    assertThat(PARSER.maxLength()).isEqualTo(ODataParser.DEFAULT_MAX_LENGTH);
    assertThat(PARSER.maxDepth()).isEqualTo(ODataParser.DEFAULT_MAX_DEPTH);
  }

  @Test
  void columnNamesThatDifferOnlyInCaseAreRejected() {
    assertThatThrownBy(() -> ODataParser.forColumns(Map.of("a", ColumnType.STRING, "A", ColumnType.INT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ only in case");
  }

  @Test
  void orderingsCarryTheColumnType() {
    List<Ordering<Object>> orderings = PARSER.parseOrderBy("price desc");
    assertThat(orderings).containsExactly(new Ordering<>("price", ColumnType.DECIMAL, true));
  }

  static void expectError(ThrowingCallable call, int position, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(ODataSyntaxException.class, e -> {
          assertThat(e.reason()).contains(message);
          assertThat(e.position()).as("position of: " + e.getMessage()).isEqualTo(position);
        });
  }
}
