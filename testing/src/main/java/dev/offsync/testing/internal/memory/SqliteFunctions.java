package dev.offsync.testing.internal.memory;

import dev.offsync.query.Function;
import dev.offsync.query.StringMatch;
import dev.offsync.schema.ColumnType;
import dev.offsync.internal.generated.Values;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The query language's functions as the SQLite printer writes them, on values in storage form:
 * {@code lower}/{@code upper} fold ASCII letters only, {@code trim} removes spaces only, lengths and
 * positions count code points, {@code round} gives a real rounded half away from zero, date parts of an
 * instant are read in UTC.
 */
final class SqliteFunctions {

  private SqliteFunctions() {}

  /** A substring test on two non-null strings, case-sensitive. */
  static boolean matches(StringMatch.Kind kind, String text, String part) {
    return switch (kind) {
      case STARTS_WITH -> text.startsWith(part);
      case ENDS_WITH -> text.endsWith(part);
      case CONTAINS -> text.contains(part);
    };
  }

  /** A function on non-null arguments; {@code firstType} is the declared type of the first. */
  static Object call(Function function, List<Object> arguments, ColumnType firstType) {
    Object first = arguments.get(0);
    return switch (function) {
      case TOLOWER -> asciiCase((String) first, 'A', 'Z', 'a' - 'A');
      case TOUPPER -> asciiCase((String) first, 'a', 'z', 'A' - 'a');
      case TRIM -> trimSpaces((String) first);
      case LENGTH -> (long) ((String) first).codePointCount(0, ((String) first).length());
      case INDEXOF -> indexOf((String) first, (String) arguments.get(1));
      case CONCAT -> (String) first + arguments.get(1);
      case SUBSTRING -> substring((String) first, (Long) arguments.get(1),
          arguments.size() > 2 ? (Long) arguments.get(2) : null);
      case ROUND -> round(((Number) first).doubleValue());
      case FLOOR -> first instanceof Long ? first : (Object) Math.floor((Double) first);
      case CEILING -> first instanceof Long ? first : (Object) Math.ceil((Double) first);
      default -> datePart(function, first, firstType);
    };
  }

  private static String asciiCase(String text, char from, char to, int shift) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= from && c <= to ? (char) (c + shift) : c);
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

  /** {@code substr(text, start + 1[, length])}: code points, clipped to the text. */
  private static String substring(String text, long start, Long length) {
    int[] codePoints = text.codePoints().toArray();
    int from = (int) Math.min(start, codePoints.length);
    long to = length == null ? codePoints.length : Math.min(codePoints.length, from + length);
    return new String(codePoints, from, (int) to - from);
  }

  /** SQLite's {@code round(x)}: always a real, halves away from zero. */
  private static Object round(double value) {
    if (Math.abs(value) >= 9.2e18) {
      return value;
    }
    double magnitude = (double) (long) (Math.abs(value) + 0.5);
    return value < 0 ? -magnitude : magnitude;
  }

  /** {@code CAST(strftime(format, value) AS INTEGER)}; null where the stored text is not a date or time. */
  private static Object datePart(Function function, Object value, ColumnType type) {
    LocalDateTime moment;
    try {
      moment = switch (type) {
        case DATETIME -> LocalDateTime.ofInstant(Instant.ofEpochMilli((Long) value), ZoneOffset.UTC);
        case DATE -> Values.parseDate((String) value).atStartOfDay();
        case TIME -> Values.parseTime((String) value).atDate(LocalDate.of(2000, 1, 1));
        default -> Values.parseLocalDateTime((String) value);
      };
    } catch (RuntimeException e) {
      return null;
    }
    return (long) switch (function) {
      case YEAR -> moment.getYear();
      case MONTH -> moment.getMonthValue();
      case DAY -> moment.getDayOfMonth();
      case HOUR -> moment.getHour();
      case MINUTE -> moment.getMinute();
      default -> moment.getSecond();
    };
  }
}
