package dev.offsync.testing.internal.memory;

import dev.offsync.query.And;
import dev.offsync.query.Arithmetic;
import dev.offsync.query.ArithmeticOperator;
import dev.offsync.query.Call;
import dev.offsync.query.ColumnRef;
import dev.offsync.query.Comparison;
import dev.offsync.query.ComparisonOperator;
import dev.offsync.query.Filter;
import dev.offsync.query.Function;
import dev.offsync.query.In;
import dev.offsync.query.Literal;
import dev.offsync.query.Not;
import dev.offsync.query.Operand;
import dev.offsync.query.Or;
import dev.offsync.query.Ordering;
import dev.offsync.query.StringMatch;
import dev.offsync.schema.ColumnType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Random {@link Sample} rows and random filter trees over their columns, from one seeded generator. */
final class RandomSamples {

  static final Map<String, ColumnType> COLUMNS = Map.ofEntries(Map.entry("text", ColumnType.STRING),
      Map.entry("count", ColumnType.INT), Map.entry("amount", ColumnType.LONG),
      Map.entry("ratio", ColumnType.DOUBLE), Map.entry("small", ColumnType.FLOAT),
      Map.entry("price", ColumnType.DECIMAL), Map.entry("flag", ColumnType.BOOLEAN),
      Map.entry("due", ColumnType.DATE), Map.entry("at", ColumnType.DATETIME), Map.entry("time", ColumnType.TIME),
      Map.entry("stamp", ColumnType.LOCAL_DATETIME), Map.entry("uid", ColumnType.UUID),
      Map.entry("color", ColumnType.ENUM), Map.entry("data", ColumnType.BYTES), Map.entry("id", ColumnType.STRING));
  private static final List<String> TEXTS = List.of("", " a ", "A", "ab", "Abc", "abc", "b%", "b_c", "x'y", "日本",
      "😀x", "Zz", "aa ", "10");
  private static final List<ColumnType> NUMBERS = List.of(ColumnType.INT, ColumnType.LONG, ColumnType.DOUBLE,
      ColumnType.FLOAT, ColumnType.DECIMAL);

  private final Random random;

  RandomSamples(Random random) {
    this.random = random;
  }

  /** The seed to use: {@code OFFSYNC_STORE_SEED} if set, else the fixed one. */
  static long seed(long fixed) {
    String given = System.getenv("OFFSYNC_STORE_SEED");
    return given == null || given.isBlank() ? fixed : Long.parseLong(given.trim());
  }

  Sample row(int index) {
    return new Sample(String.format("s%03d", index), maybe(() -> pick(TEXTS)), maybe(() -> random.nextInt(7) - 3),
        maybe(() -> (long) random.nextInt(2001) - 1000), maybe(() -> (random.nextInt(41) - 20) / 4.0),
        maybe(() -> (random.nextInt(21) - 10) / 2.0f), maybe(this::decimal), maybe(random::nextBoolean),
        maybe(this::date), maybe(this::instant), maybe(this::time), maybe(() -> date().atTime(time())),
        maybe(() -> new UUID(0, random.nextInt(3))), maybe(() -> pick(List.of(Sample.Color.values()))),
        maybe(() -> new byte[] {(byte) random.nextInt(3)}));
  }

  private <T> T maybe(java.util.function.Supplier<T> value) {
    return random.nextInt(5) == 0 ? null : value.get();
  }

  private BigDecimal decimal() {
    return new BigDecimal(random.nextInt(401) - 200).movePointLeft(random.nextInt(3));
  }

  private LocalDate date() {
    return LocalDate.of(2023 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  private Instant instant() {
    return Instant.parse("2024-06-30T22:00:00Z").plusMillis((random.nextInt(200) - 100) * 3_600_007L);
  }

  private LocalTime time() {
    return LocalTime.of(random.nextInt(24), random.nextInt(4) * 15, random.nextInt(3) * 20,
        random.nextInt(2) * 500_000_000);
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A random filter of at most this depth. */
  Filter filter(int depth) {
    int kind = random.nextInt(depth > 0 ? 9 : 5);
    return switch (kind) {
      case 0, 1 -> comparison(depth);
      case 2 -> nullTest();
      case 3 -> in();
      case 4 -> stringMatch(depth);
      case 5, 6 -> random.nextBoolean() ? new And(List.of(filter(depth - 1), filter(depth - 1)))
          : new Or(List.of(filter(depth - 1), filter(depth - 1)));
      default -> new Not(filter(depth - 1));
    };
  }

  private Filter comparison(int depth) {
    ColumnType type = pick(List.copyOf(COLUMNS.values()));
    if (NUMBERS.contains(type)) {
      return new Comparison(pick(List.of(ComparisonOperator.values())), number(depth), number(depth));
    }
    ComparisonOperator operator = operator(type);
    Operand left = type == ColumnType.STRING ? string(depth) : column(type);
    Operand right = random.nextInt(3) == 0 ? column(type) : literal(type);
    return new Comparison(operator, left, right);
  }

  private Filter nullTest() {
    ColumnType type = pick(List.copyOf(COLUMNS.values()));
    return new Comparison(operator(type), column(type), Literal.nullOf(type));
  }

  private ComparisonOperator operator(ColumnType type) {
    boolean orderable = type != ColumnType.BOOLEAN && type != ColumnType.UUID && type != ColumnType.BYTES
        && type != ColumnType.ENUM;
    return orderable ? pick(List.of(ComparisonOperator.values()))
        : pick(List.of(ComparisonOperator.EQ, ComparisonOperator.NE));
  }

  private Filter in() {
    ColumnType type = pick(List.of(ColumnType.STRING, ColumnType.INT, ColumnType.ENUM, ColumnType.UUID,
        ColumnType.DECIMAL, ColumnType.DATE));
    List<Literal> values = new ArrayList<>();
    for (int i = 0; i <= random.nextInt(3); i++) {
      values.add(literal(type));
    }
    return new In(column(type), values);
  }

  private Filter stringMatch(int depth) {
    StringMatch.Kind kind = pick(List.of(StringMatch.Kind.values()));
    Operand part = random.nextBoolean() ? literal(ColumnType.STRING) : string(depth - 1);
    return new StringMatch(kind, string(depth - 1), part);
  }

  private Operand string(int depth) {
    int kind = depth > 0 ? random.nextInt(6) : 0;
    return switch (kind) {
      case 0, 1 -> random.nextBoolean() ? column(ColumnType.STRING) : literal(ColumnType.STRING);
      case 2 -> Call.of(pick(List.of(Function.TOLOWER, Function.TOUPPER, Function.TRIM)), string(depth - 1));
      case 3 -> Call.of(Function.CONCAT, string(depth - 1), string(depth - 1));
      case 4 -> random.nextBoolean() ? Call.of(Function.SUBSTRING, string(depth - 1), intLiteral(4))
          : Call.of(Function.SUBSTRING, string(depth - 1), intLiteral(4), intLiteral(3));
      default -> column(ColumnType.STRING);
    };
  }

  private Operand number(int depth) {
    int kind = depth > 0 ? random.nextInt(8) : random.nextInt(2);
    return switch (kind) {
      case 0 -> column(pick(NUMBERS));
      case 1 -> literal(pick(NUMBERS));
      case 2, 3 -> new Arithmetic(pick(List.of(ArithmeticOperator.values())), number(depth - 1), number(depth - 1));
      case 4 -> Call.of(pick(List.of(Function.ROUND, Function.FLOOR, Function.CEILING)), number(depth - 1));
      case 5 -> random.nextBoolean() ? Call.of(Function.LENGTH, string(depth - 1))
          : Call.of(Function.INDEXOF, string(depth - 1), string(depth - 1));
      case 6 -> Call.of(pick(List.of(Function.YEAR, Function.MONTH, Function.DAY)),
          column(pick(List.of(ColumnType.DATE, ColumnType.DATETIME, ColumnType.LOCAL_DATETIME))));
      default -> Call.of(pick(List.of(Function.HOUR, Function.MINUTE, Function.SECOND)),
          column(pick(List.of(ColumnType.TIME, ColumnType.DATETIME, ColumnType.LOCAL_DATETIME))));
    };
  }

  private ColumnRef column(ColumnType type) {
    List<String> names = COLUMNS.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey)
        .sorted().toList();
    return new ColumnRef(pick(names), type);
  }

  private Literal intLiteral(int bound) {
    return new Literal(ColumnType.INT, random.nextInt(bound));
  }

  private Literal literal(ColumnType type) {
    Object value = switch (type) {
      case STRING -> pick(TEXTS);
      case INT -> random.nextInt(9) - 4;
      case LONG -> (long) random.nextInt(2001) - 1000;
      case DOUBLE -> (random.nextInt(41) - 20) / 4.0;
      case FLOAT -> (random.nextInt(21) - 10) / 2.0f;
      case DECIMAL -> decimal();
      case BOOLEAN -> random.nextBoolean();
      case DATE -> date();
      case DATETIME -> instant();
      case TIME -> time();
      case LOCAL_DATETIME -> date().atTime(time());
      case UUID -> new UUID(0, random.nextInt(3));
      case ENUM -> pick(List.of(Sample.Color.values())).name();
      case BYTES -> new byte[] {(byte) random.nextInt(3)};
    };
    return new Literal(type, value);
  }

  /** One or two random orderings. */
  List<Ordering<?>> orderings() {
    List<Ordering<?>> orderings = new ArrayList<>();
    for (int i = 0; i <= random.nextInt(2); i++) {
      String name = pick(List.copyOf(COLUMNS.keySet()));
      orderings.add(new Ordering<>(name, COLUMNS.get(name), random.nextBoolean()));
    }
    return orderings;
  }
}
