package dev.offsync.query;

/**
 * A date-time expression: an instant (its parts read in UTC) or a local date-time.
 *
 * @param <T> the entity (model) type
 * @param <V> {@code Instant}, {@code OffsetDateTime} or {@code LocalDateTime}
 */
public class DateTimeExpression<T, V> extends ComparableExpression<T, V> {

  DateTimeExpression(Operand operand) {
    super(operand);
  }

  /** The year. */
  public final NumberExpression<T> year() {
    return part(Function.YEAR);
  }

  /** The month, 1 to 12. */
  public final NumberExpression<T> month() {
    return part(Function.MONTH);
  }

  /** The day of the month. */
  public final NumberExpression<T> day() {
    return part(Function.DAY);
  }

  /** The hour, 0 to 23. */
  public final NumberExpression<T> hour() {
    return part(Function.HOUR);
  }

  /** The minute, 0 to 59. */
  public final NumberExpression<T> minute() {
    return part(Function.MINUTE);
  }

  /** The whole seconds, 0 to 59. */
  public final NumberExpression<T> second() {
    return part(Function.SECOND);
  }

  private NumberExpression<T> part(Function function) {
    return new NumberExpression<>(Call.of(function, operand()));
  }
}
