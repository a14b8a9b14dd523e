package dev.offsync.query;

import static dev.offsync.query.Todo.ALARM;
import static dev.offsync.query.Todo.COMPLETE;
import static dev.offsync.query.Todo.DATA;
import static dev.offsync.query.Todo.DUE;
import static dev.offsync.query.Todo.HAPPENED;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pins the exact OData text for every operator, function and literal type. */
class ODataPrinterTest {

  private static String print(Filter<?> filter) {
    return ODataPrinter.filter(filter);
  }

  @Test
  void protocolExamplesPrintAsTheDotNetClientsWriteThem() {
    EnumField<Todo, Rating> rating = new EnumField<>("rating", Rating.class);
    Filter<Todo> pull = rating.eq(Rating.G).and(UPDATED_AT.gt(Instant.parse("2024-08-23T20:22:54.291Z")));
    assertThat(print(pull))
        .isEqualTo("((rating eq 'G') and (updatedAt gt cast(2024-08-23T20:22:54.291Z,Edm.DateTimeOffset)))");
    assertThat(print(TITLE.in("a", "b"))).isEqualTo("title in ('a','b')");
  }

  enum Rating { G, PG }

  @Test
  void comparisonOperators() {
    assertThat(print(RATING.eq(5))).isEqualTo("(rating eq 5)");
    assertThat(print(RATING.ne(5))).isEqualTo("(rating ne 5)");
    assertThat(print(RATING.gt(5))).isEqualTo("(rating gt 5)");
    assertThat(print(RATING.ge(5))).isEqualTo("(rating ge 5)");
    assertThat(print(RATING.lt(5))).isEqualTo("(rating lt 5)");
    assertThat(print(RATING.le(5))).isEqualTo("(rating le 5)");
    assertThat(print(RATING.lt(VIEWS))).isEqualTo("(rating lt views)");
    assertThat(print(TITLE.eq(NOTE))).isEqualTo("(title eq note)");
  }

  @Test
  void nullTests() {
    assertThat(print(NOTE.isNull())).isEqualTo("(note eq null)");
    assertThat(print(NOTE.isNotNull())).isEqualTo("(note ne null)");
    assertThat(print(NOTE.eq((String) null))).isEqualTo("(note eq null)");
  }

  @Test
  void logicalOperatorsNestLeftAsBinaryExpressions() {
    Filter<Todo> a = RATING.eq(1);
    Filter<Todo> b = RATING.eq(2);
    Filter<Todo> c = RATING.eq(3);
    assertThat(print(a.and(b))).isEqualTo("((rating eq 1) and (rating eq 2))");
    assertThat(print(a.or(b))).isEqualTo("((rating eq 1) or (rating eq 2))");
    assertThat(print(a.not())).isEqualTo("not((rating eq 1))");
    assertThat(print(a.and(b).and(c))).isEqualTo("(((rating eq 1) and (rating eq 2)) and (rating eq 3))");
    assertThat(print(Filter.and(a, b, c))).isEqualTo(print(a.and(b).and(c)));
    assertThat(print(a.or(b).and(c))).isEqualTo("(((rating eq 1) or (rating eq 2)) and (rating eq 3))");
    assertThat(print(Filter.not(a.or(b)))).isEqualTo("not(((rating eq 1) or (rating eq 2)))");
  }

  @Test
  void stringFunctions() {
    assertThat(print(TITLE.startsWith("a"))).isEqualTo("startswith(title,'a')");
    assertThat(print(TITLE.endsWith("a"))).isEqualTo("endswith(title,'a')");
    assertThat(print(TITLE.contains("a"))).isEqualTo("contains(title,'a')");
    assertThat(print(TITLE.toLower().eq("x"))).isEqualTo("(tolower(title) eq 'x')");
    assertThat(print(TITLE.toUpper().eq("X"))).isEqualTo("(toupper(title) eq 'X')");
    assertThat(print(TITLE.trim().eq("x"))).isEqualTo("(trim(title) eq 'x')");
    assertThat(print(TITLE.length().gt(3))).isEqualTo("(length(title) gt 3)");
    assertThat(print(TITLE.indexOf("b").eq(1))).isEqualTo("(indexof(title,'b') eq 1)");
    assertThat(print(TITLE.concat(NOTE).eq("ab"))).isEqualTo("(concat(title,note) eq 'ab')");
    assertThat(print(TITLE.substring(1).eq("b"))).isEqualTo("(substring(title,1) eq 'b')");
    assertThat(print(TITLE.substring(1, 2).eq("bc"))).isEqualTo("(substring(title,1,2) eq 'bc')");
    assertThat(print(TITLE.startsWith(NOTE))).isEqualTo("startswith(title,note)");
  }

  @Test
  void arithmeticAndRounding() {
    assertThat(print(PRICE.mul(2).gt(10))).isEqualTo("((price mul 2) gt 10)");
    assertThat(print(RATING.add(1).eq(2))).isEqualTo("((rating add 1) eq 2)");
    assertThat(print(RATING.sub(1).eq(2))).isEqualTo("((rating sub 1) eq 2)");
    assertThat(print(RATING.div(2).eq(2))).isEqualTo("((rating div 2) eq 2)");
    assertThat(print(RATING.mod(2).eq(1))).isEqualTo("((rating mod 2) eq 1)");
    assertThat(print(RATING.add(VIEWS).mul(WEIGHT).eq(1))).isEqualTo("(((rating add views) mul weight) eq 1)");
    assertThat(print(WEIGHT.round().eq(2))).isEqualTo("(round(weight) eq 2)");
    assertThat(print(WEIGHT.floor().eq(2))).isEqualTo("(floor(weight) eq 2)");
    assertThat(print(WEIGHT.ceiling().eq(2))).isEqualTo("(ceiling(weight) eq 2)");
  }

  @Test
  void dateAndTimeParts() {
    assertThat(print(DUE.year().eq(2024))).isEqualTo("(year(dueDate) eq 2024)");
    assertThat(print(DUE.month().eq(8))).isEqualTo("(month(dueDate) eq 8)");
    assertThat(print(DUE.day().eq(23))).isEqualTo("(day(dueDate) eq 23)");
    assertThat(print(UPDATED_AT.hour().eq(20))).isEqualTo("(hour(updatedAt) eq 20)");
    assertThat(print(ALARM.minute().eq(14))).isEqualTo("(minute(alarm) eq 14)");
    assertThat(print(MEETING.second().eq(54))).isEqualTo("(second(meeting) eq 54)");
  }

  @Test
  void literalsOfEveryType() {
    assertThat(print(TITLE.eq("it's"))).isEqualTo("(title eq 'it''s')");
    assertThat(print(TITLE.eq(""))).isEqualTo("(title eq '')");
    assertThat(print(COMPLETE.isTrue())).isEqualTo("(complete eq true)");
    assertThat(print(COMPLETE.isFalse())).isEqualTo("(complete eq false)");
    assertThat(print(RATING.eq(-7))).isEqualTo("(rating eq -7)");
    assertThat(print(VIEWS.eq(5L))).isEqualTo("(views eq 5L)");
    assertThat(print(PRICE.eq(new BigDecimal("2.5")))).isEqualTo("(price eq 2.5M)");
    assertThat(print(PRICE.eq(new BigDecimal("1E+3")))).isEqualTo("(price eq 1000M)");
    assertThat(print(SCORE.eq(1.5f))).isEqualTo("(score eq 1.5f)");
    assertThat(print(WEIGHT.eq(60.0))).isEqualTo("(weight eq 60.0)");
    assertThat(print(WEIGHT.eq(1.0E-7))).isEqualTo("(weight eq 1.0E-7)");
    assertThat(print(UPDATED_AT.eq(Instant.parse("2024-08-23T20:22:54.291789Z"))))
        .isEqualTo("(updatedAt eq cast(2024-08-23T20:22:54.291Z,Edm.DateTimeOffset))");
    assertThat(print(HAPPENED.eq(OffsetDateTime.of(2024, 8, 23, 22, 22, 54, 0, ZoneOffset.ofHours(2)))))
        .isEqualTo("(happened eq cast(2024-08-23T20:22:54.000Z,Edm.DateTimeOffset))");
    assertThat(print(DUE.eq(LocalDate.of(1994, 10, 14)))).isEqualTo("(dueDate eq cast(1994-10-14,Edm.Date))");
    assertThat(print(ALARM.eq(LocalTime.of(7, 14)))).isEqualTo("(alarm eq cast(07:14:00.000,Edm.TimeOfDay))");
    assertThat(print(MEETING.eq(LocalDateTime.of(2024, 8, 23, 20, 22))))
        .isEqualTo("(meeting eq cast(2024-08-23T20:22:00.000,Edm.DateTime))");
    assertThat(print(REF.eq(UUID.fromString("0E8D7C4A-1B2C-4D5E-8F90-A1B2C3D4E5F6"))))
        .isEqualTo("(ref eq cast(0e8d7c4a-1b2c-4d5e-8f90-a1b2c3d4e5f6,Edm.Guid))");
    assertThat(print(DATA.eq(new byte[] {(byte) 0xfb, (byte) 0xff}))).isEqualTo("(data eq binary'-_8=')");
    assertThat(print(PRIORITY.eq(Todo.Priority.HIGH))).isEqualTo("(priority eq 'HIGH')");
    assertThat(print(PRIORITY.in(List.of(Todo.Priority.LOW, Todo.Priority.HIGH))))
        .isEqualTo("priority in ('LOW','HIGH')");
    assertThat(print(RATING.in(1, 2L, 2.5))).isEqualTo("rating in (1,2L,2.5)");
  }

  @Test
  void orderByWritesDescendingOnly() {
    assertThat(ODataPrinter.orderBy(List.of(TITLE.asc(), UPDATED_AT.desc()))).isEqualTo("title,updatedAt desc");
    assertThat(ODataPrinter.orderBy(List.of())).isEmpty();
  }

  @Test
  void queryStringKeepsTheClientsParameterOrderAndEncodesValues() {
    Query query = Query.where(TITLE.eq("a b&c"))
        .orderBy(UPDATED_AT.asc(), Todo.ID.desc())
        .skip(100)
        .top(50)
        .select(TITLE, Todo.ID)
        .includeCount(true)
        .includeDeleted(true)
        .parameter("zeta", "1")
        .parameter("alpha", "x y");
    assertThat(ODataPrinter.queryString(query)).isEqualTo("$filter=%28title%20eq%20%27a%20b%26c%27%29"
        + "&$orderby=updatedAt,id%20desc&$skip=100&$top=50&$select=id,title&$count=true"
        + "&__includedeleted=true&alpha=x%20y&zeta=1");
  }

  @Test
  void queryStringLeavesOutDefaults() {
    assertThat(ODataPrinter.queryString(Query.all())).isEmpty();
    assertThat(ODataPrinter.queryString(Query.all().skip(0).top(0))).isEqualTo("$top=0");
    assertThat(ODataPrinter.queryString(Query.where(TITLE.eq("日本"))))
        .isEqualTo("$filter=%28title%20eq%20%27%E6%97%A5%E6%9C%AC%27%29");
  }
}
