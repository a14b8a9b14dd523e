package dev.offsync.query;

import java.time.LocalTime;

/** A time-of-day expression. */
public class TimeExpression<T> extends ComparableExpression<T, LocalTime> {

  TimeExpression(Operand operand) {
    super(operand);
  }

  /** The hour, 0 to 23. */
  public final NumberExpression<T> hour() {
    return new NumberExpression<>(Call.of(Function.HOUR, operand()));
  }

  /** The minute, 0 to 59. */
  public final NumberExpression<T> minute() {
    return new NumberExpression<>(Call.of(Function.MINUTE, operand()));
  }

  /** The whole seconds, 0 to 59. */
  public final NumberExpression<T> second() {
    return new NumberExpression<>(Call.of(Function.SECOND, operand()));
  }
}
