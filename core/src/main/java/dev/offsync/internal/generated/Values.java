package dev.offsync.internal.generated;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * The protocol's text forms of values, shared by generated codecs, the query printers and the server.
 *
 * <p>Instants are written in UTC with exactly three fraction digits ({@code 2023-12-20T10:21:05.421Z}) and read
 * from any ISO-8601 offset form ({@code Z}, {@code +00:00}, {@code +02:00}), with any number of fraction digits,
 * truncated to milliseconds. <b>An ABI</b>: generated code calls it.
 */
public final class Values {

  private static final DateTimeFormatter INSTANT_MILLIS = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
      .toFormatter(Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME_MILLIS = new DateTimeFormatterBuilder()
      .appendPattern("HH:mm:ss")
      .appendFraction(ChronoField.MILLI_OF_SECOND, 3, 3, true)
      .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter LOCAL_DATETIME_MILLIS = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
      .appendFraction(ChronoField.MILLI_OF_SECOND, 3, 3, true)
      .toFormatter(Locale.ROOT);

  private Values() {}

  /** {@code 2023-12-20T10:21:05.421Z}: UTC, exactly three fraction digits. */
  public static String formatInstant(Instant value) {
    String fast = IsoText.formatInstant(value);
    return fast != null ? fast : INSTANT_MILLIS.format(value.truncatedTo(ChronoUnit.MILLIS));
  }

  /** Parses an ISO-8601 date-time with an offset ({@code Z}, {@code +00:00}, ...), truncated to milliseconds. */
  public static Instant parseInstant(String text) {
    Instant fast = IsoText.parseInstant(text);
    if (fast != null) {
      return fast;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .toInstant()
          .truncatedTo(ChronoUnit.MILLIS);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not an ISO-8601 date-time with offset: '" + abbreviate(text) + "'", e);
    }
  }

  /** Truncates to milliseconds, the protocol's precision; null stays null. */
  public static Instant truncate(Instant value) {
    return value == null ? null : value.truncatedTo(ChronoUnit.MILLIS);
  }

  /** The instant as an offset date-time in UTC. */
  public static OffsetDateTime toUtc(Instant value) {
    return value == null ? null : value.atOffset(ZoneOffset.UTC);
  }

  /** {@code 1994-10-14}. */
  public static String formatDate(LocalDate value) {
    String fast = IsoText.formatDate(value);
    return fast != null ? fast : DateTimeFormatter.ISO_LOCAL_DATE.format(value);
  }

  /** Parses {@code yyyy-MM-dd}. */
  public static LocalDate parseDate(String text) {
    LocalDate fast = IsoText.parseDate(text);
    if (fast != null) {
      return fast;
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not a date (yyyy-MM-dd): '" + abbreviate(text) + "'", e);
    }
  }

  /** {@code 07:14:00.000}: exactly three fraction digits. */
  public static String formatTime(LocalTime value) {
    return TIME_MILLIS.format(value);
  }

  /** Parses {@code HH:mm[:ss[.fraction]]}, truncated to milliseconds. */
  public static LocalTime parseTime(String text) {
    try {
      return LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME).truncatedTo(ChronoUnit.MILLIS);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not a time (HH:mm:ss.SSS): '" + abbreviate(text) + "'", e);
    }
  }

  /** {@code 2024-08-23T20:22:54.291}: exactly three fraction digits, no zone. */
  public static String formatLocalDateTime(LocalDateTime value) {
    return LOCAL_DATETIME_MILLIS.format(value);
  }

  /** Parses {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]}, truncated to milliseconds. */
  public static LocalDateTime parseLocalDateTime(String text) {
    try {
      return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).truncatedTo(ChronoUnit.MILLIS);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not a local date-time: '" + abbreviate(text) + "'", e);
    }
  }

  /** Lowercase {@code 8-4-4-4-12}. */
  public static String formatUuid(UUID value) {
    return value.toString();
  }

  /** Parses a UUID in {@code 8-4-4-4-12} form, any case. */
  public static UUID parseUuid(String text) {
    if (text.length() != 36) {
      throw new IllegalArgumentException("Not a UUID (8-4-4-4-12): '" + abbreviate(text) + "'");
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a UUID (8-4-4-4-12): '" + abbreviate(text) + "'", e);
    }
  }

  /** Plain decimal text, never exponent notation. */
  public static String formatDecimal(BigDecimal value) {
    return value.toPlainString();
  }

  /** Standard base64 with padding. */
  public static String formatBytes(byte[] value) {
    return Base64.getEncoder().encodeToString(value);
  }

  /** Parses standard or URL-safe base64. */
  public static byte[] parseBytes(String text) {
    try {
      return text.indexOf('-') >= 0 || text.indexOf('_') >= 0
          ? Base64.getUrlDecoder().decode(text)
          : Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not base64 text", e);
    }
  }

  /** The enum constant with this exact name. */
  public static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a constant of " + type.getSimpleName() + ": '" + abbreviate(text)
          + "'", e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 64 ? text : text.substring(0, 61) + "...";
  }
}
