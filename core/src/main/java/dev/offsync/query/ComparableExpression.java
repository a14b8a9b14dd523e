package dev.offsync.query;

/**
 * An expression whose values are ordered: numbers, strings (by Unicode code point), dates and times.
 *
 * @param <T> the entity (model) type
 * @param <V> the Java type of the values
 */
public abstract class ComparableExpression<T, V> extends Expression<T, V> {

  ComparableExpression(Operand operand) {
    super(operand);
  }

  /** True where the value is greater than {@code value}; never true for a null value or a null argument. */
  public final Filter<T> gt(V value) {
    return compare(ComparisonOperator.GT, value);
  }

  /** True where the value is greater than or equal to {@code value}; never true for nulls. */
  public final Filter<T> ge(V value) {
    return compare(ComparisonOperator.GE, value);
  }

  /** True where the value is less than {@code value}; never true for nulls. */
  public final Filter<T> lt(V value) {
    return compare(ComparisonOperator.LT, value);
  }

  /** True where the value is less than or equal to {@code value}; never true for nulls. */
  public final Filter<T> le(V value) {
    return compare(ComparisonOperator.LE, value);
  }

  /** True where this value is greater than the other; never true where either is null. */
  public final Filter<T> gt(ComparableExpression<? super T, V> other) {
    return compare(ComparisonOperator.GT, other);
  }

  /** True where this value is greater than or equal to the other; never true where either is null. */
  public final Filter<T> ge(ComparableExpression<? super T, V> other) {
    return compare(ComparisonOperator.GE, other);
  }

  /** True where this value is less than the other; never true where either is null. */
  public final Filter<T> lt(ComparableExpression<? super T, V> other) {
    return compare(ComparisonOperator.LT, other);
  }

  /** True where this value is less than or equal to the other; never true where either is null. */
  public final Filter<T> le(ComparableExpression<? super T, V> other) {
    return compare(ComparisonOperator.LE, other);
  }
}
