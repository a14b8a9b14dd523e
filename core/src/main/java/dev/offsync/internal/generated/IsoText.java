package dev.offsync.internal.generated;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Fast paths for the protocol's canonical text forms, {@code 2023-12-20T10:21:05.421Z} (or {@code +00:00})
 * and {@code 2023-12-20}, which every pulled record carries and the service writes for every record served.
 * {@code java.time}'s formatters build a field map per value and cost several times the rest of reading an
 * item. Each method answers null for anything but the canonical form (other offsets, other fraction
 * lengths, years outside 0000-9999, invalid dates), and {@link Values} then asks the formatter, so the
 * results and the errors stay the formatter's.
 */
final class IsoText {

  private static final long SECONDS_PER_DAY = 86_400;

  private IsoText() {}

  /** {@code uuuu-MM-ddTHH:mm:ss.SSSZ} or {@code ...SSS+00:00}, or null for any other text. */
  static Instant parseInstant(String text) {
    int length = text.length();
    boolean zulu = length == 24 && text.charAt(23) == 'Z';
    if (!zulu && !(length == 29 && text.endsWith("+00:00"))) {
      return null;
    }
    if (text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.') {
      return null;
    }
    LocalDate date = parseDate(text.substring(0, 10));
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    int millis = digits(text, 20, 3);
    if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
        || millis < 0) {
      return null;
    }
    long seconds = date.toEpochDay() * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds, millis * 1_000_000L);
  }

  /** {@code uuuu-MM-dd}, or null for any other text or an invalid date. */
  static LocalDate parseDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException invalid) {
      return null;
    }
  }

  /** {@code uuuu-MM-ddTHH:mm:ss.SSSZ} of the instant truncated to milliseconds, or null outside 0000-9999. */
  static String formatInstant(Instant value) {
    long seconds = value.getEpochSecond();
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
    if (date.getYear() < 0 || date.getYear() > 9999) {
      return null;
    }
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    char[] text = new char[24];
    writeDate(text, date);
    text[10] = 'T';
    put(text, 11, 2, secondOfDay / 3600);
    text[13] = ':';
    put(text, 14, 2, secondOfDay / 60 % 60);
    text[16] = ':';
    put(text, 17, 2, secondOfDay % 60);
    text[19] = '.';
    put(text, 20, 3, value.getNano() / 1_000_000);
    text[23] = 'Z';
    return new String(text);
  }

  /** {@code uuuu-MM-dd}, or null outside 0000-9999. */
  static String formatDate(LocalDate value) {
    if (value.getYear() < 0 || value.getYear() > 9999) {
      return null;
    }
    char[] text = new char[10];
    writeDate(text, value);
    return new String(text);
  }

  private static void writeDate(char[] text, LocalDate date) {
    put(text, 0, 4, date.getYear());
    text[4] = '-';
    put(text, 5, 2, date.getMonthValue());
    text[7] = '-';
    put(text, 8, 2, date.getDayOfMonth());
  }

  /** The decimal number in {@code count} ASCII digits from {@code start}, or -1 if one is not a digit. */
  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static void put(char[] text, int start, int count, int value) {
    for (int i = start + count - 1; i >= start; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
