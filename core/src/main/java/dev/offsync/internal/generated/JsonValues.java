package dev.offsync.internal.generated;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes and reads one column value in its protocol JSON form, for the codecs the processor generates.
 *
 * <p>Writers take the column's JSON name and a possibly null value (written as {@code null}). Readers are called
 * with the parser on the value's token and leave it there; a JSON {@code null} gives {@code null}, or the
 * default ({@code 0}, {@code false}, {@code '\0'}) for the primitive forms. A value of the wrong JSON type, out
 * of range or in the wrong text form is a {@link JsonParseException} or {@link InputCoercionException} whose
 * message names the column. <b>An ABI</b>: generated code calls it, so it changes only compatibly.
 */
public final class JsonValues {

  private JsonValues() {}

  /**
   * Checks that the parser is on the {@code START_OBJECT} of one entity.
   *
   * @throws JsonParseException naming the table, if it is not
   */
  public static void expectObject(JsonParser in, String table) throws IOException {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      throw new JsonParseException(in, "An item of table '" + table + "' must be a JSON object, but the JSON value is "
          + describe(in.currentToken()));
    }
  }

  /** Writes a string field. */
  public static void writeString(JsonGenerator out, String name, String value) throws IOException {
    out.writeFieldName(name);
    out.writeString(value);
  }

  /** Writes a one-character string field. */
  public static void writeChar(JsonGenerator out, String name, Character value) throws IOException {
    writeString(out, name, value == null ? null : value.toString());
  }

  /** Writes a boolean field. */
  public static void writeBoolean(JsonGenerator out, String name, Boolean value) throws IOException {
    out.writeFieldName(name);
    if (value == null) {
      out.writeNull();
    } else {
      out.writeBoolean(value);
    }
  }

  /** Writes a number field holding a {@code byte}. */
  public static void writeByte(JsonGenerator out, String name, Byte value) throws IOException {
    writeLong(out, name, value == null ? null : value.longValue());
  }

  /** Writes a number field holding a {@code short}. */
  public static void writeShort(JsonGenerator out, String name, Short value) throws IOException {
    writeLong(out, name, value == null ? null : value.longValue());
  }

  /** Writes a number field holding an {@code int}. */
  public static void writeInt(JsonGenerator out, String name, Integer value) throws IOException {
    writeLong(out, name, value == null ? null : value.longValue());
  }

  /** Writes a number field holding a {@code long}. */
  public static void writeLong(JsonGenerator out, String name, Long value) throws IOException {
    out.writeFieldName(name);
    if (value == null) {
      out.writeNull();
    } else {
      out.writeNumber(value.longValue());
    }
  }

  /** Writes a number field holding a {@code float}; NaN and infinities are written as strings. */
  public static void writeFloat(JsonGenerator out, String name, Float value) throws IOException {
    out.writeFieldName(name);
    if (value == null) {
      out.writeNull();
    } else {
      out.writeNumber(value.floatValue());
    }
  }

  /** Writes a number field holding a {@code double}; NaN and infinities are written as strings. */
  public static void writeDouble(JsonGenerator out, String name, Double value) throws IOException {
    out.writeFieldName(name);
    if (value == null) {
      out.writeNull();
    } else {
      out.writeNumber(value.doubleValue());
    }
  }

  /**
   * Writes a number field holding a decimal in plain notation (never an exponent), keeping its scale.
   *
   * @throws JsonGenerationException naming the column, for a negative scale ({@code 1E+10}): plain notation
   *     cannot carry it, and neither PostgreSQL's {@code numeric} nor .NET's {@code decimal} keeps one
   */
  public static void writeDecimal(JsonGenerator out, String name, BigDecimal value) throws IOException {
    out.writeFieldName(name);
    if (value == null) {
      out.writeNull();
    } else if (value.scale() < 0) {
      throw new JsonGenerationException("Column '" + name + "' holds " + value + ", a decimal with a negative"
          + " scale, which the service cannot keep; setScale(0) gives the same number with scale 0", out);
    } else {
      out.writeNumber(Values.formatDecimal(value));
    }
  }

  /** Writes an instant as {@code 2023-12-20T10:21:05.421Z}. */
  public static void writeInstant(JsonGenerator out, String name, Instant value) throws IOException {
    // The name goes first, so that a value the format cannot take (Instant.MAX) fails inside its own field.
    out.writeFieldName(name);
    out.writeString(value == null ? null : Values.formatInstant(value));
  }

  /** Writes an offset date-time as the instant it denotes, in UTC: {@code 2023-12-20T10:21:05.421Z}. */
  public static void writeOffsetDateTime(JsonGenerator out, String name, OffsetDateTime value) throws IOException {
    writeInstant(out, name, value == null ? null : value.toInstant());
  }

  /** Writes a date as {@code yyyy-MM-dd}. */
  public static void writeDate(JsonGenerator out, String name, LocalDate value) throws IOException {
    writeString(out, name, value == null ? null : Values.formatDate(value));
  }

  /** Writes a time as {@code HH:mm:ss.SSS}. */
  public static void writeTime(JsonGenerator out, String name, LocalTime value) throws IOException {
    writeString(out, name, value == null ? null : Values.formatTime(value));
  }

  /** Writes a local date-time as {@code yyyy-MM-ddTHH:mm:ss.SSS}. */
  public static void writeLocalDateTime(JsonGenerator out, String name, LocalDateTime value) throws IOException {
    writeString(out, name, value == null ? null : Values.formatLocalDateTime(value));
  }

  /** Writes a UUID in lowercase {@code 8-4-4-4-12} form. */
  public static void writeUuid(JsonGenerator out, String name, UUID value) throws IOException {
    writeString(out, name, value == null ? null : Values.formatUuid(value));
  }

  /** Writes bytes as standard base64 text. */
  public static void writeBytes(JsonGenerator out, String name, byte[] value) throws IOException {
    writeString(out, name, value == null ? null : Values.formatBytes(value));
  }

  /** Writes an enum constant by its name. */
  public static void writeEnum(JsonGenerator out, String name, Enum<?> value) throws IOException {
    writeString(out, name, value == null ? null : value.name());
  }

  /** Reads a string or null. */
  public static String readString(JsonParser in, String column) throws IOException {
    return text(in, column, "a string");
  }

  /** Reads a one-character string; null gives {@code '\0'}. */
  public static char readChar(JsonParser in, String column) throws IOException {
    Character value = readCharOrNull(in, column);
    return value == null ? '\0' : value;
  }

  /** Reads a one-character string or null. */
  public static Character readCharOrNull(JsonParser in, String column) throws IOException {
    String text = text(in, column, "a one-character string");
    if (text != null && text.length() != 1) {
      throw new JsonParseException(in, "Column '" + column + "' expects a one-character string but the JSON string"
          + " has " + text.length() + " characters");
    }
    return text == null ? null : text.charAt(0);
  }

  /** Reads a boolean; null gives {@code false}. */
  public static boolean readBoolean(JsonParser in, String column) throws IOException {
    return Boolean.TRUE.equals(readBooleanOrNull(in, column));
  }

  /** Reads a boolean or null. */
  public static Boolean readBooleanOrNull(JsonParser in, String column) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw wrongType(in, column, "a boolean");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /** Reads an integer in {@code byte} range; null gives 0. */
  public static byte readByte(JsonParser in, String column) throws IOException {
    Byte value = readByteOrNull(in, column);
    return value == null ? 0 : value;
  }

  /** Reads an integer in {@code byte} range, or null. */
  public static Byte readByteOrNull(JsonParser in, String column) throws IOException {
    Long value = integral(in, column, Byte.MIN_VALUE, Byte.MAX_VALUE, Byte.TYPE);
    return value == null ? null : value.byteValue();
  }

  /** Reads an integer in {@code short} range; null gives 0. */
  public static short readShort(JsonParser in, String column) throws IOException {
    Short value = readShortOrNull(in, column);
    return value == null ? 0 : value;
  }

  /** Reads an integer in {@code short} range, or null. */
  public static Short readShortOrNull(JsonParser in, String column) throws IOException {
    Long value = integral(in, column, Short.MIN_VALUE, Short.MAX_VALUE, Short.TYPE);
    return value == null ? null : value.shortValue();
  }

  /** Reads an integer in {@code int} range; null gives 0. */
  public static int readInt(JsonParser in, String column) throws IOException {
    Integer value = readIntOrNull(in, column);
    return value == null ? 0 : value;
  }

  /** Reads an integer in {@code int} range, or null. */
  public static Integer readIntOrNull(JsonParser in, String column) throws IOException {
    Long value = integral(in, column, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.TYPE);
    return value == null ? null : value.intValue();
  }

  /** Reads an integer in {@code long} range; null gives 0. */
  public static long readLong(JsonParser in, String column) throws IOException {
    Long value = readLongOrNull(in, column);
    return value == null ? 0L : value;
  }

  /** Reads an integer in {@code long} range, or null. */
  public static Long readLongOrNull(JsonParser in, String column) throws IOException {
    return integral(in, column, Long.MIN_VALUE, Long.MAX_VALUE, Long.TYPE);
  }

  /** Reads a number (or {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}) as a float; null gives 0. */
  public static float readFloat(JsonParser in, String column) throws IOException {
    Float value = readFloatOrNull(in, column);
    return value == null ? 0f : value;
  }

  /** Reads a number (or {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}) as a float, or null. */
  public static Float readFloatOrNull(JsonParser in, String column) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return in.getFloatValue(); // parsed as a float directly: through a double it could round twice
    }
    Double value = floating(in, column);
    return value == null ? null : value.floatValue();
  }

  /** Reads a number (or {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}) as a double; null gives 0. */
  public static double readDouble(JsonParser in, String column) throws IOException {
    Double value = floating(in, column);
    return value == null ? 0d : value;
  }

  /** Reads a number (or {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}) as a double, or null. */
  public static Double readDoubleOrNull(JsonParser in, String column) throws IOException {
    return floating(in, column);
  }

  /** Reads a JSON number exactly, keeping its scale, or null. */
  public static BigDecimal readDecimal(JsonParser in, String column) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType(in, column, "a number");
    }
    return in.getDecimalValue();
  }

  /** Reads an ISO-8601 date-time with offset ({@code Z} or {@code +00:00}) as an instant, or null. */
  public static Instant readInstant(JsonParser in, String column) throws IOException {
    return parsed(in, column, "an ISO-8601 date-time with offset", Values::parseInstant);
  }

  /** Reads an ISO-8601 date-time with offset as an offset date-time in UTC, or null. */
  public static OffsetDateTime readOffsetDateTime(JsonParser in, String column) throws IOException {
    return Values.toUtc(readInstant(in, column));
  }

  /** Reads a {@code yyyy-MM-dd} date, or null. */
  public static LocalDate readDate(JsonParser in, String column) throws IOException {
    return parsed(in, column, "a date (yyyy-MM-dd)", Values::parseDate);
  }

  /** Reads an {@code HH:mm:ss.SSS} time, or null. */
  public static LocalTime readTime(JsonParser in, String column) throws IOException {
    return parsed(in, column, "a time (HH:mm:ss.SSS)", Values::parseTime);
  }

  /** Reads a {@code yyyy-MM-ddTHH:mm:ss.SSS} local date-time, or null. */
  public static LocalDateTime readLocalDateTime(JsonParser in, String column) throws IOException {
    return parsed(in, column, "a local date-time (yyyy-MM-ddTHH:mm:ss.SSS)", Values::parseLocalDateTime);
  }

  /** Reads a UUID in {@code 8-4-4-4-12} form, or null. */
  public static UUID readUuid(JsonParser in, String column) throws IOException {
    return parsed(in, column, "a UUID (8-4-4-4-12)", Values::parseUuid);
  }

  /** Reads base64 text (standard or URL-safe) as bytes, or null. */
  public static byte[] readBytes(JsonParser in, String column) throws IOException {
    return parsed(in, column, "base64 text", Values::parseBytes);
  }

  /** Reads an enum constant by its exact name, or null. */
  public static <E extends Enum<E>> E readEnum(JsonParser in, String column, Class<E> type) throws IOException {
    return parsed(in, column, "a constant of " + type.getSimpleName(), text -> Values.parseEnum(type, text));
  }

  private static String text(JsonParser in, String column, String expected) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_STRING) {
      throw wrongType(in, column, expected);
    }
    return in.getText();
  }

  private static <V> V parsed(JsonParser in, String column, String expected, Function<String, V> parser)
      throws IOException {
    String text = text(in, column, expected);
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new JsonParseException(in, "Column '" + column + "' expects " + expected + ": " + e.getMessage(), e);
    }
  }

  private static Long integral(JsonParser in, String column, long min, long max, Class<?> target)
      throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(in, column, "an integer (" + target.getName() + ")");
    }
    if (in.getNumberType() == JsonParser.NumberType.BIG_INTEGER || in.getLongValue() < min
        || in.getLongValue() > max) {
      throw new InputCoercionException(in, "Column '" + column + "' expects an integer in " + target.getName()
          + " range [" + min + ", " + max + "] but the JSON value is " + in.getText(), token, target);
    }
    return in.getLongValue();
  }

  private static Double floating(JsonParser in, String column) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return in.getDoubleValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      switch (in.getText()) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
    }
    throw wrongType(in, column, "a number");
  }

  private static JsonParseException wrongType(JsonParser in, String column, String expected) {
    return new JsonParseException(in, "Column '" + column + "' expects " + expected + " but the JSON value is "
        + describe(in.currentToken()));
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "missing";
    }
    switch (token) {
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }
}
