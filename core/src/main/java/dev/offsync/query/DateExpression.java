package dev.offsync.query;

import java.time.LocalDate;

/** A calendar-date expression. */
public class DateExpression<T> extends ComparableExpression<T, LocalDate> {

  DateExpression(Operand operand) {
    super(operand);
  }

  /** The year. */
  public final NumberExpression<T> year() {
    return new NumberExpression<>(Call.of(Function.YEAR, operand()));
  }

  /** The month, 1 to 12. */
  public final NumberExpression<T> month() {
    return new NumberExpression<>(Call.of(Function.MONTH, operand()));
  }

  /** The day of the month. */
  public final NumberExpression<T> day() {
    return new NumberExpression<>(Call.of(Function.DAY, operand()));
  }
}
