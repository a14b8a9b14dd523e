package dev.offsync.query.internal;

import dev.offsync.query.Literal;
import dev.offsync.query.ODataSyntaxException;
import dev.offsync.schema.ColumnType;
import dev.offsync.internal.generated.Values;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads OData literal text: numbers with suffixes, unquoted and cast date/time/GUID values, legacy prefixes. */
final class LiteralParser {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?[lLmMfFdD]?");
  private static final Pattern DATE = Pattern.compile("-?\\d{4,}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME = Pattern.compile("-?\\d{4,}-\\d{2}-\\d{2}T[0-9:.]+");
  private static final Pattern DATE_TIME_OFFSET = Pattern.compile(
      "-?\\d{4,}-\\d{2}-\\d{2}T[0-9:.]+(Z|z|[+-]\\d{2}:\\d{2})");
  private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
  private static final Pattern GUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private LiteralParser() {}

  /** A literal written without quotes: a number, a date, a time, a date-time with offset or a GUID. */
  static Literal bare(Token token) {
    String text = token.text();
    if (NUMBER.matcher(text).matches()) {
      return number(text, token.position());
    }
    if (GUID.matcher(text).matches()) {
      return guarded(token, () -> Literal.of(ColumnType.UUID, Values.parseUuid(text)));
    }
    if (DATE.matcher(text).matches()) {
      return guarded(token, () -> Literal.of(ColumnType.DATE, Values.parseDate(text)));
    }
    if (DATE_TIME_OFFSET.matcher(text).matches()) {
      return guarded(token, () -> Literal.of(ColumnType.DATETIME, Values.parseInstant(text)));
    }
    if (TIME.matcher(text).matches()) {
      return guarded(token, () -> Literal.of(ColumnType.TIME, Values.parseTime(text)));
    }
    throw new ODataSyntaxException("Malformed literal " + token.describe() + ": expected a number such as 5, 5L,"
        + " 2.5, 2.5M or 1.5f, or a date, time, date-time or GUID", token.position());
  }

  /** A prefixed literal: {@code datetime'...'}, {@code datetimeoffset'...'}, {@code guid'...'}, {@code binary'...'}. */
  static Literal prefixed(Token token) {
    String prefix = token.prefix().toLowerCase(Locale.ROOT);
    String body = token.text().strip();
    return switch (prefix) {
      case "datetime" -> guarded(token, () -> dateTime(body));
      case "datetimeoffset" -> guarded(token, () -> Literal.of(ColumnType.DATETIME, Values.parseInstant(body)));
      case "guid" -> guarded(token, () -> Literal.of(ColumnType.UUID, Values.parseUuid(body)));
      case "binary" -> guarded(token, () -> Literal.of(ColumnType.BYTES, Values.parseBytes(body)));
      case "x" -> guarded(token, () -> Literal.of(ColumnType.BYTES, hex(body)));
      case "time" -> guarded(token, () -> Literal.of(ColumnType.TIME, Values.parseTime(body)));
      case "date" -> guarded(token, () -> Literal.of(ColumnType.DATE, Values.parseDate(body)));
      default -> throw new ODataSyntaxException("Unknown literal prefix '" + Text.abbreviate(token.prefix())
          + "': use datetimeoffset'...', datetime'...', guid'...' or binary'...'", token.position());
    };
  }

  /** Bytes from pairs of hex digits; {@code java.util.HexFormat} is missing on Android before API 34. */
  private static byte[] hex(String digits) {
    if (digits.length() % 2 != 0) {
      throw new IllegalArgumentException("hex digits come in pairs, but there are " + digits.length());
    }
    byte[] bytes = new byte[digits.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      int high = Character.digit(digits.charAt(2 * i), 16);
      int low = Character.digit(digits.charAt(2 * i + 1), 16);
      if (high < 0 || low < 0) {
        throw new IllegalArgumentException("'" + digits.substring(2 * i, 2 * i + 2) + "' are not hex digits");
      }
      bytes[i] = (byte) (high << 4 | low);
    }
    return bytes;
  }

  /** The value of {@code cast(value,type)}. */
  static Literal cast(Token value, String edmType, int typePosition) {
    String text = value.text();
    return switch (edmType) {
      case "Edm.DateTimeOffset" -> guarded(value, () -> Literal.of(ColumnType.DATETIME, Values.parseInstant(text)));
      case "Edm.DateTime" -> guarded(value, () -> dateTime(text));
      case "Edm.Date" -> guarded(value, () -> Literal.of(ColumnType.DATE, Values.parseDate(text)));
      case "Edm.TimeOfDay" -> guarded(value, () -> Literal.of(ColumnType.TIME, Values.parseTime(text)));
      case "Edm.Guid" -> guarded(value, () -> Literal.of(ColumnType.UUID, Values.parseUuid(text)));
      default -> throw new ODataSyntaxException("Unsupported cast type '" + Text.abbreviate(edmType)
          + "': use Edm.DateTimeOffset, Edm.DateTime, Edm.Date, Edm.TimeOfDay or Edm.Guid", typePosition);
    };
  }

  /** A date-time without offset is a local date-time; with an offset, an instant. */
  private static Literal dateTime(String text) {
    if (DATE_TIME_OFFSET.matcher(text).matches()) {
      return Literal.of(ColumnType.DATETIME, Values.parseInstant(text));
    }
    if (!DATE_TIME.matcher(text).matches()) {
      throw new IllegalArgumentException("Not a date-time: expected yyyy-MM-ddTHH:mm:ss.SSS");
    }
    return Literal.of(ColumnType.LOCAL_DATETIME, Values.parseLocalDateTime(text));
  }

  private static Literal number(String text, int position) {
    char suffix = Character.toLowerCase(text.charAt(text.length() - 1));
    String digits = Character.isLetter(suffix) ? text.substring(0, text.length() - 1) : text;
    boolean whole = digits.indexOf('.') < 0 && digits.indexOf('e') < 0 && digits.indexOf('E') < 0;
    try {
      return switch (suffix) {
        case 'l' -> whole ? Literal.of(ColumnType.LONG, Long.parseLong(digits)) : notWhole(text, position);
        case 'm' -> Literal.of(ColumnType.DECIMAL, new BigDecimal(digits));
        case 'f' -> Literal.of(ColumnType.FLOAT, finite(Float.parseFloat(digits), text, position));
        case 'd' -> Literal.of(ColumnType.DOUBLE, finite(Double.parseDouble(digits), text, position));
        default -> whole ? integer(digits) : Literal.of(ColumnType.DOUBLE,
            finite(Double.parseDouble(digits), text, position));
      };
    } catch (NumberFormatException e) {
      throw new ODataSyntaxException("Number out of range: " + Text.abbreviate(text), position);
    }
  }

  private static Literal integer(String digits) {
    long value = Long.parseLong(digits);
    return value == (int) value ? Literal.of(ColumnType.INT, (int) value) : Literal.of(ColumnType.LONG, value);
  }

  private static Literal notWhole(String text, int position) {
    throw new ODataSyntaxException("A long literal must be a whole number: " + Text.abbreviate(text), position);
  }

  private static <N extends Number> N finite(N value, String text, int position) {
    double d = value.doubleValue();
    if (Double.isInfinite(d) || Double.isNaN(d)) {
      throw new ODataSyntaxException("Number out of range: " + Text.abbreviate(text), position);
    }
    return value;
  }

  private static Literal guarded(Token token, java.util.function.Supplier<Literal> parse) {
    try {
      return parse.get();
    } catch (RuntimeException e) {
      throw new ODataSyntaxException("Malformed literal " + token.describe() + ": " + firstLine(e), token.position());
    }
  }

  private static String firstLine(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return Text.abbreviate(message.lines().findFirst().orElse(message));
  }
}
