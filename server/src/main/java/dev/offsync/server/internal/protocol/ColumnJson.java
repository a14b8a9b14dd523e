package dev.offsync.server.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.internal.generated.Values;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/** One column value in JSON: read with the column type's rules, written in the protocol's text forms. */
final class ColumnJson {

  private ColumnJson() {}

  /**
   * Reads the current token as a value of the column, null for JSON null.
   *
   * @throws ProtocolException 400 naming the column and the expected JSON type
   */
  static Object read(JsonParser in, ColumnDefinition column) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    ColumnType type = column.type();
    try {
      return switch (type) {
        case STRING, ENUM -> text(in, column, "a string");
        case BOOLEAN -> bool(in, column);
        case INT -> integer(in, column, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
        case LONG -> integer(in, column, Long.MIN_VALUE, Long.MAX_VALUE);
        case FLOAT -> floating(in, column, true);
        case DOUBLE -> floating(in, column, false);
        case DECIMAL -> decimal(in, column);
        case DATETIME -> Values.parseInstant(text(in, column, "an ISO-8601 date-time such as"
            + " \"2024-08-23T20:22:54.291Z\""));
        case DATE -> Values.parseDate(text(in, column, "a date such as \"2023-12-15\""));
        case TIME -> Values.parseTime(text(in, column, "a time such as \"09:52:35.321\""));
        case LOCAL_DATETIME -> Values.parseLocalDateTime(text(in, column, "a local date-time such as"
            + " \"2024-08-23T20:22:54.291\""));
        case UUID -> Values.parseUuid(text(in, column, "a UUID such as \"0f8fad5b-d9cb-469f-a165-70867728950e\""));
        case BYTES -> Values.parseBytes(text(in, column, "base64 text"));
      };
    } catch (IllegalArgumentException e) {
      throw ProtocolException.badRequest("Column '" + column.name() + "': " + e.getMessage());
    }
  }

  /** Writes a value of the column type; null as JSON null. */
  static void write(JsonGenerator out, ColumnType type, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
      return;
    }
    switch (type) {
      case STRING, ENUM -> out.writeString((String) value);
      case BOOLEAN -> out.writeBoolean((Boolean) value);
      case INT -> out.writeNumber((Integer) value);
      case LONG -> out.writeNumber((Long) value);
      case FLOAT -> out.writeNumber((Float) value);
      case DOUBLE -> out.writeNumber((Double) value);
      case DECIMAL -> out.writeNumber((BigDecimal) value);
      case DATETIME -> out.writeString(Values.formatInstant((Instant) value));
      case DATE -> out.writeString(Values.formatDate((LocalDate) value));
      case TIME -> out.writeString(Values.formatTime((LocalTime) value));
      case LOCAL_DATETIME -> out.writeString(Values.formatLocalDateTime((LocalDateTime) value));
      case UUID -> out.writeString(Values.formatUuid((UUID) value));
      case BYTES -> out.writeString(Values.formatBytes((byte[]) value));
      default -> throw new IllegalStateException("Unhandled column type " + type);
    }
  }

  /** The value a missing non-nullable (primitive) column takes, as a .NET or Java default. */
  static Object missingValue(ColumnDefinition column) {
    if (column.nullable()) {
      return null;
    }
    return switch (column.type()) {
      case BOOLEAN -> Boolean.FALSE;
      case INT -> 0;
      case LONG -> 0L;
      case FLOAT -> 0f;
      case DOUBLE -> 0d;
      default -> throw ProtocolException.badRequest("Column '" + column.name() + "' is required");
    };
  }

  private static String text(JsonParser in, ColumnDefinition column, String expected) throws IOException {
    if (in.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(in, column, expected);
    }
    String text = in.getText();
    if (!isValidUnicode(text)) {
      // A lone surrogate (JSON allows "\ud800") cannot be stored: the database would keep another string than
      // the one the answer echoes, and the client would keep the echo.
      throw ProtocolException.badRequest("Column '" + column.name() + "' holds a string that is not valid"
          + " Unicode (an unpaired surrogate escape)");
    }
    return text;
  }

  /** Whether every surrogate in the text is half of a pair. */
  static boolean isValidUnicode(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static Boolean bool(JsonParser in, ColumnDefinition column) throws IOException {
    JsonToken token = in.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw wrongType(in, column, "true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private static Long integer(JsonParser in, ColumnDefinition column, long min, long max) throws IOException {
    if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(in, column, "a whole number");
    }
    JsonParser.NumberType size = in.getNumberType();
    if (size == JsonParser.NumberType.BIG_INTEGER || in.getLongValue() < min || in.getLongValue() > max) {
      throw ProtocolException.badRequest("Column '" + column.name() + "': the number is out of range for "
          + column.type().schemaName() + " (" + min + " to " + max + ")");
    }
    return in.getLongValue();
  }

  private static Object floating(JsonParser in, ColumnDefinition column, boolean single) throws IOException {
    JsonToken token = in.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType(in, column, "a number");
    }
    double value = in.getDoubleValue();
    if (Double.isInfinite(value) || single && Float.isInfinite((float) value)) {
      throw ProtocolException.badRequest("Column '" + column.name() + "': the number is out of range for "
          + column.type().schemaName());
    }
    return single ? (Object) (float) value : (Object) value;
  }

  private static BigDecimal decimal(JsonParser in, ColumnDefinition column) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return in.getDecimalValue();
    }
    String text = text(in, column, "a number");
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw wrongType(in, column, "a number");
    }
  }

  private static ProtocolException wrongType(JsonParser in, ColumnDefinition column, String expected) {
    return ProtocolException.badRequest("Column '" + column.name() + "' (" + column.type().schemaName()
        + ") expects " + expected + ", not " + describe(in.currentToken()));
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }
}
