package dev.offsync.query;

import java.time.LocalDate;

/** A calendar-date expression. */
public class DateExpression extends ComparableExpression<LocalDate> {

  DateExpression(Operand operand) {
    super(operand);
  }

  /** The year. */
  public final NumberExpression year() {
    return new NumberExpression(Call.of(Function.YEAR, operand()));
  }

  /** The month, 1 to 12. */
  public final NumberExpression month() {
    return new NumberExpression(Call.of(Function.MONTH, operand()));
  }

  /** The day of the month. */
  public final NumberExpression day() {
    return new NumberExpression(Call.of(Function.DAY, operand()));
  }
}
