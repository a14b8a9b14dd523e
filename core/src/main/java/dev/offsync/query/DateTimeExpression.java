package dev.offsync.query;

/**
 * A date-time expression: an instant (its parts read in UTC) or a local date-time.
 *
 * @param <V> {@code Instant}, {@code OffsetDateTime} or {@code LocalDateTime}
 */
public class DateTimeExpression<V> extends ComparableExpression<V> {

  DateTimeExpression(Operand operand) {
    super(operand);
  }

  /** The year. */
  public final NumberExpression year() {
    return part(Function.YEAR);
  }

  /** The month, 1 to 12. */
  public final NumberExpression month() {
    return part(Function.MONTH);
  }

  /** The day of the month. */
  public final NumberExpression day() {
    return part(Function.DAY);
  }

  /** The hour, 0 to 23. */
  public final NumberExpression hour() {
    return part(Function.HOUR);
  }

  /** The minute, 0 to 59. */
  public final NumberExpression minute() {
    return part(Function.MINUTE);
  }

  /** The whole seconds, 0 to 59. */
  public final NumberExpression second() {
    return part(Function.SECOND);
  }

  private NumberExpression part(Function function) {
    return new NumberExpression(Call.of(function, operand()));
  }
}
