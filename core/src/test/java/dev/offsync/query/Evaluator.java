package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An in-memory evaluator of filters with the documented semantics: two-valued logic, null-propagating
 * functions, code-point string order, ASCII case folding, space-only trim, decimals as doubles.
 */
final class Evaluator {

  private final Map<String, Object> row;

  private Evaluator(Map<String, Object> row) {
    this.row = row;
  }

  static boolean matches(Filter filter, Map<String, Object> row) {
    return new Evaluator(row).test(filter);
  }

  private boolean test(Filter<?> filter) {
    if (filter instanceof Comparison<?> c) {
      return compare(c.operator(), value(c.left()), value(c.right()));
    }
    if (filter instanceof And<?> and) {
      return and.operands().stream().allMatch(this::test);
    }
    if (filter instanceof Or<?> or) {
      return or.operands().stream().anyMatch(this::test);
    }
    if (filter instanceof Not<?> not) {
      return !test(not.operand());
    }
    if (filter instanceof In<?> in) {
      Object value = value(in.operand());
      return value != null && in.values().stream().anyMatch(v -> equal(value, value(v)));
    }
    StringMatch<?> match = (StringMatch<?>) filter;
    String text = (String) value(match.text());
    String part = (String) value(match.part());
    if (text == null || part == null) {
      return false;
    }
    return switch (match.kind()) {
      case STARTS_WITH -> text.startsWith(part);
      case ENDS_WITH -> text.endsWith(part);
      case CONTAINS -> text.contains(part);
    };
  }

  private static boolean compare(ComparisonOperator operator, Object left, Object right) {
    return switch (operator) {
      case EQ -> left == null ? right == null : right != null && equal(left, right);
      case NE -> !compare(ComparisonOperator.EQ, left, right);
      default -> left != null && right != null && ordered(operator, order(left, right));
    };
  }

  private static boolean ordered(ComparisonOperator operator, int order) {
    return switch (operator) {
      case GT -> order > 0;
      case GE -> order >= 0;
      case LT -> order < 0;
      default -> order <= 0;
    };
  }

  private static boolean equal(Object a, Object b) {
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.equals(x, y);
    }
    return order(a, b) == 0;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int order(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      if (x instanceof Long && y instanceof Long) {
        return Long.compare(x.longValue(), y.longValue());
      }
      double u = x.doubleValue();
      double v = y.doubleValue();
      return u == v ? 0 : u < v ? -1 : 1;
    }
    if (a instanceof String x && b instanceof String y) {
      return codePointOrder(x, y);
    }
    if (a instanceof Boolean || a instanceof byte[]) {
      return equalObjects(a, b) ? 0 : 1;
    }
    return ((Comparable) a).compareTo(b);
  }

  private static boolean equalObjects(Object a, Object b) {
    return a instanceof byte[] x ? b instanceof byte[] y && Arrays.equals(x, y) : a.equals(b);
  }

  static int codePointOrder(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** Values: Long for whole numbers, Double for other numbers, else the canonical Java value. */
  private Object value(Operand operand) {
    if (operand instanceof ColumnRef column) {
      return normalize(column.type(), row.get(column.name()));
    }
    if (operand instanceof Literal literal) {
      return normalize(literal.type(), literal.value());
    }
    if (operand instanceof Arithmetic arithmetic) {
      return arithmetic(arithmetic.operator(), value(arithmetic.left()), value(arithmetic.right()));
    }
    Call call = (Call) operand;
    List<Object> arguments = call.arguments().stream().map(this::value).toList();
    return arguments.contains(null) ? null : call(call.function(), arguments, call.arguments().get(0).type());
  }

  private static Object normalize(ColumnType type, Object value) {
    if (value == null) {
      return null;
    }
    return switch (type) {
      case INT, LONG -> ((Number) value).longValue();
      case FLOAT, DOUBLE -> ((Number) value).doubleValue();
      case DECIMAL -> ((BigDecimal) value).doubleValue();
      case UUID -> value.toString();
      default -> value;
    };
  }

  private static Object arithmetic(ArithmeticOperator operator, Object left, Object right) {
    if (left == null || right == null) {
      return null;
    }
    if (left instanceof Long x && right instanceof Long y) {
      return switch (operator) {
        case ADD -> x + y;
        case SUB -> x - y;
        case MUL -> x * y;
        case DIV -> y == 0 ? null : x / y;
        case MOD -> y == 0 ? null : x % y;
      };
    }
    double x = ((Number) left).doubleValue();
    double y = ((Number) right).doubleValue();
    return switch (operator) {
      case ADD -> x + y;
      case SUB -> x - y;
      case MUL -> x * y;
      case DIV -> y == 0 ? null : x / y;
      case MOD -> y == 0 ? null : x % y;
    };
  }

  private static Object call(Function function, List<Object> args, ColumnType firstType) {
    Object first = args.get(0);
    return switch (function) {
      case TOLOWER -> asciiCase((String) first, true);
      case TOUPPER -> asciiCase((String) first, false);
      case TRIM -> trimSpaces((String) first);
      case LENGTH -> (long) ((String) first).codePointCount(0, ((String) first).length());
      case INDEXOF -> indexOf((String) first, (String) args.get(1));
      case CONCAT -> (String) first + args.get(1);
      case SUBSTRING -> substring((String) first, (Long) args.get(1), args.size() > 2 ? (Long) args.get(2) : null);
      case YEAR, MONTH, DAY, HOUR, MINUTE, SECOND -> (long) datePart(function, first);
      case ROUND -> first instanceof Long ? first : roundHalfAway((Double) first);
      case FLOOR -> first instanceof Long ? first : Math.floor((Double) first);
      case CEILING -> first instanceof Long ? first : Math.ceil((Double) first);
    };
  }

  private static double roundHalfAway(double value) {
    return Math.signum(value) * Math.floor(Math.abs(value) + 0.5);
  }

  private static String asciiCase(String text, boolean lower) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (lower && c >= 'A' && c <= 'Z') {
        out.append((char) (c + 32));
      } else if (!lower && c >= 'a' && c <= 'z') {
        out.append((char) (c - 32));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String trimSpaces(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.substring(start, end);
  }

  private static long indexOf(String text, String part) {
    int index = text.indexOf(part);
    return index < 0 ? -1 : text.codePointCount(0, index);
  }

  private static String substring(String text, long start, Long length) {
    int[] codePoints = text.codePoints().toArray();
    int from = (int) Math.min(start, codePoints.length);
    int to = length == null ? codePoints.length : (int) Math.min(codePoints.length, from + length);
    return new String(codePoints, from, to - from);
  }

  private static int datePart(Function function, Object value) {
    if (value instanceof Instant instant) {
      return datePart(function, ZonedDateTime.ofInstant(instant, ZoneOffset.UTC).toLocalDateTime());
    }
    if (value instanceof LocalDate date) {
      return datePart(function, date.atStartOfDay());
    }
    if (value instanceof LocalTime time) {
      return datePart(function, time.atDate(LocalDate.of(2000, 1, 1)));
    }
    LocalDateTime dateTime = (LocalDateTime) value;
    return switch (function) {
      case YEAR -> dateTime.getYear();
      case MONTH -> dateTime.getMonthValue();
      case DAY -> dateTime.getDayOfMonth();
      case HOUR -> dateTime.getHour();
      case MINUTE -> dateTime.getMinute();
      default -> dateTime.getSecond();
    };
  }

  static UUID uuid(String text) {
    return UUID.fromString(text);
  }
}
