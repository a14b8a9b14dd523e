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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Random filters over {@link Todo}, built through the typed API, and random rows to test them on. Values come
 * from small pools full of edge cases (nulls, empty strings, quotes, {@code %}, {@code _}, unicode), and
 * numbers are dyadic so that float, double and decimal arithmetic is exact everywhere.
 */
final class RandomFilters {

  /** The seed: {@code OFFSYNC_QUERY_SEED} from the environment if set, else {@code fixed}. */
  static long seed(long fixed) {
    String fromEnvironment = System.getenv("OFFSYNC_QUERY_SEED");
    return fromEnvironment == null || fromEnvironment.isBlank() ? fixed : Long.parseLong(fromEnvironment.strip());
  }

  static final List<String> STRINGS = List.of("", "a", "A", "ab", "Ab", "abc", "b", "%", "_", "a%", "%a", "a_c",
      "it's", "'", "''", " a ", "  ", "x y", "日本", "日本語", "😀", "a😀b", "É", "é", "ß", "\\", "a\\%");
  /** Strings whose case folding agrees between SQLite (ASCII only) and PostgreSQL (full Unicode). */
  static final List<String> PORTABLE_STRINGS = List.of("", "a", "A", "ab", "Ab", "abc", "b", "%", "_", "a%",
      "%a", "a_c", "it's", "'", "''", " a ", "  ", "x y", "日本", "日本語", "😀", "a😀b", "\\", "a\\%");
  static final List<Integer> INTS = List.of(0, 1, -1, 2, 3, 7, -7, 10, 100, 42);
  static final List<Long> LONGS = List.of(0L, 1L, -5L, 3_000_000_000L, 12L);
  static final List<Float> FLOATS = List.of(0f, 0.5f, -1.25f, 2.5f, 3f, -2.5f);
  static final List<Double> DOUBLES = List.of(0.0, 0.5, -1.5, 2.5, 1.0E3, -2.5, 7.75);
  static final List<BigDecimal> DECIMALS = List.of(new BigDecimal("0"), new BigDecimal("1.5"),
      new BigDecimal("-2.25"), new BigDecimal("100"), new BigDecimal("2.50"), new BigDecimal("0.5"));
  static final List<Instant> INSTANTS = List.of(Instant.parse("2024-08-23T20:22:54.291Z"),
      Instant.parse("2023-12-31T23:59:59.999Z"), Instant.parse("1969-12-31T23:59:58.500Z"),
      Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2000-02-29T12:30:15.001Z"));
  static final List<LocalDate> DATES = List.of(LocalDate.of(1994, 10, 14), LocalDate.of(2024, 2, 29),
      LocalDate.of(2024, 12, 31), LocalDate.of(1970, 1, 1));
  static final List<LocalTime> TIMES = List.of(LocalTime.of(7, 14), LocalTime.of(0, 0),
      LocalTime.of(23, 59, 59, 999_000_000), LocalTime.of(12, 30, 15, 500_000_000));
  static final List<LocalDateTime> LOCAL_DATE_TIMES = List.of(LocalDateTime.of(2024, 8, 23, 20, 22, 54, 291_000_000),
      LocalDateTime.of(1999, 12, 31, 23, 59), LocalDateTime.of(2024, 1, 1, 0, 0));
  static final List<UUID> UUIDS = List.of(UUID.fromString("0e8d7c4a-1b2c-4d5e-8f90-a1b2c3d4e5f6"),
      UUID.fromString("ffffffff-0000-4000-8000-000000000001"));
  static final List<byte[]> BYTES = List.of(new byte[0], new byte[] {1, 2, 3}, new byte[] {(byte) 0xff, 0});

  private final Random random;
  private final List<String> strings;

  RandomFilters(Random random, List<String> strings) {
    this.random = random;
    this.strings = strings;
  }

  /** A random filter whose and/or/not nesting is at most {@code depth}. */
  Filter filter(int depth) {
    int choice = random.nextInt(depth > 0 ? 10 : 7);
    return switch (choice) {
      case 7 -> filter(depth - 1).and(filter(depth - 1));
      case 8 -> filter(depth - 1).or(filter(depth - 1));
      case 9 -> random.nextBoolean() ? filter(depth - 1).not() : Filter.not(filter(depth - 1));
      default -> atom();
    };
  }

  private Filter atom() {
    return switch (random.nextInt(9)) {
      case 0, 1 -> stringAtom();
      case 2, 3 -> numberAtom();
      case 4 -> booleanAtom();
      case 5 -> temporalAtom();
      case 6 -> partAtom();
      default -> equalityAtom();
    };
  }

  private Filter stringAtom() {
    StringExpression text = stringExpression();
    String value = pick(strings);
    return switch (random.nextInt(12)) {
      case 0 -> text.eq(value);
      case 1 -> text.ne(value);
      case 2 -> text.gt(value);
      case 3 -> text.le(value);
      case 4 -> text.in(value, pick(strings));
      case 5 -> text.startsWith(value);
      case 6 -> text.endsWith(value);
      case 7 -> text.contains(value);
      case 8 -> random.nextBoolean() ? text.isNull() : text.isNotNull();
      case 9 -> text.eq(stringExpression());
      case 10 -> text.length().gt(pick(INTS));
      default -> text.indexOf(value).eq(pick(List.of(-1, 0, 1, 2)));
    };
  }

  private StringExpression stringExpression() {
    StringExpression field = random.nextBoolean() ? TITLE : NOTE;
    return switch (random.nextInt(8)) {
      case 0 -> field.toLower();
      case 1 -> field.toUpper();
      case 2 -> field.trim();
      case 3 -> field.substring(random.nextInt(3));
      case 4 -> field.substring(random.nextInt(3), random.nextInt(3));
      case 5 -> field.concat(pick(strings));
      default -> field;
    };
  }

  private Filter numberAtom() {
    NumberExpression number = numberExpression();
    Number value = number();
    return switch (random.nextInt(9)) {
      case 0 -> number.eq(value);
      case 1 -> number.ne(value);
      case 2 -> number.gt(value);
      case 3 -> number.ge(value);
      case 4 -> number.lt(value);
      case 5 -> number.le(value);
      case 6 -> number.in(value, number());
      case 7 -> random.nextBoolean() ? number.isNull() : number.isNotNull();
      default -> number.lt(numberExpression());
    };
  }

  private NumberExpression numberExpression() {
    NumberExpression field = pick(List.of(RATING, VIEWS, SCORE, WEIGHT, PRICE));
    return switch (random.nextInt(12)) {
      case 0 -> field.add(number());
      case 1 -> field.sub(number());
      case 2 -> field.mul(number());
      case 3 -> field.div(number());
      case 4 -> field.mod(number());
      case 5 -> field.add(pick(List.of(RATING, VIEWS, SCORE, WEIGHT, PRICE)));
      case 6 -> field.round();
      case 7 -> field.floor();
      case 8 -> field.ceiling();
      default -> field;
    };
  }

  private Number number() {
    return switch (random.nextInt(5)) {
      case 0 -> pick(INTS);
      case 1 -> pick(LONGS);
      case 2 -> pick(FLOATS);
      case 3 -> pick(DOUBLES);
      default -> pick(DECIMALS);
    };
  }

  private Filter booleanAtom() {
    return switch (random.nextInt(5)) {
      case 0 -> COMPLETE.isTrue();
      case 1 -> COMPLETE.isFalse();
      case 2 -> COMPLETE.ne(random.nextBoolean());
      case 3 -> COMPLETE.isNull();
      default -> COMPLETE.eq(Todo.DELETED);
    };
  }

  private Filter temporalAtom() {
    return switch (random.nextInt(8)) {
      case 0 -> UPDATED_AT.gt(pick(INSTANTS));
      case 1 -> UPDATED_AT.eq(pick(INSTANTS));
      case 2 -> HAPPENED.le(pick(INSTANTS).atOffset(ZoneOffset.ofHours(2)));
      case 3 -> DUE.lt(pick(DATES));
      case 4 -> DUE.in(pick(DATES), pick(DATES));
      case 5 -> ALARM.ge(pick(TIMES));
      case 6 -> MEETING.ne(pick(LOCAL_DATE_TIMES));
      default -> random.nextBoolean() ? DUE.isNull() : HAPPENED.isNotNull();
    };
  }

  private Filter partAtom() {
    NumberExpression part = switch (random.nextInt(9)) {
      case 0 -> UPDATED_AT.year();
      case 1 -> UPDATED_AT.second();
      case 2 -> HAPPENED.hour();
      case 3 -> DUE.month();
      case 4 -> DUE.day();
      case 5 -> ALARM.minute();
      case 6 -> ALARM.hour();
      case 7 -> MEETING.year();
      default -> MEETING.second();
    };
    int value = pick(List.of(0, 1, 2, 12, 14, 15, 20, 23, 29, 31, 54, 58, 59, 1969, 2024));
    return random.nextBoolean() ? part.eq(value) : part.ge(value);
  }

  private Filter equalityAtom() {
    return switch (random.nextInt(9)) {
      case 0 -> REF.eq(pick(UUIDS));
      case 1 -> REF.in(UUIDS);
      case 2 -> REF.isNull();
      case 3 -> PRIORITY.eq(pick(List.of(Todo.Priority.values())));
      case 4 -> PRIORITY.ne(Todo.Priority.LOW);
      case 5 -> PRIORITY.in(Todo.Priority.HIGH, Todo.Priority.MEDIUM);
      case 6 -> DATA.eq(pick(BYTES));
      case 7 -> DATA.ne(pick(BYTES));
      default -> DATA.isNotNull();
    };
  }

  /** A random row: every column null one time in five. */
  Map<String, Object> row(int id) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", "row" + id);
    put(row, "updatedAt", pick(INSTANTS));
    put(row, "version", "v" + id);
    put(row, "deleted", random.nextBoolean());
    put(row, "title", pick(strings));
    put(row, "note", pick(strings));
    put(row, "rating", pick(INTS));
    put(row, "views", pick(LONGS));
    put(row, "score", pick(FLOATS));
    put(row, "weight", pick(DOUBLES));
    put(row, "price", pick(DECIMALS));
    put(row, "complete", random.nextBoolean());
    put(row, "dueDate", pick(DATES));
    put(row, "alarm", pick(TIMES));
    put(row, "meeting", pick(LOCAL_DATE_TIMES));
    put(row, "happened", pick(INSTANTS));
    put(row, "ref", pick(UUIDS));
    put(row, "data", pick(BYTES));
    put(row, "priority", pick(List.of(Todo.Priority.values())).name());
    return row;
  }

  private void put(Map<String, Object> row, String column, Object value) {
    row.put(column, random.nextInt(5) == 0 ? null : value);
  }

  /** The rows 0 .. count-1. */
  List<Map<String, Object>> rows(int count) {
    List<Map<String, Object>> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(row(i));
    }
    return rows;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
