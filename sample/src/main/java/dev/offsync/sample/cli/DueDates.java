package dev.offsync.sample.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a due date as typed: {@code 2025-03-14}, {@code today}, {@code tomorrow} or {@code +N} (days). */
final class DueDates {

  /** What {@code --due} takes, for the help text. */
  static final String FORMS = "YYYY-MM-DD, today, tomorrow or +DAYS";

  private DueDates() {}

  /**
   * The date {@code text} names, relative to today on {@code clock}.
   *
   * @throws CliException if it is none of the forms
   */
  static LocalDate parse(String text, Clock clock) {
    String value = text.strip().toLowerCase(java.util.Locale.ROOT);
    LocalDate today = LocalDate.now(clock);
    try {
      if (value.equals("today")) {
        return today;
      }
      if (value.equals("tomorrow")) {
        return today.plusDays(1);
      }
      if (value.startsWith("+")) {
        return today.plusDays(Integer.parseInt(value.substring(1)));
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw CliException.usage("Invalid date '" + text + "': use " + FORMS);
    }
  }
}
