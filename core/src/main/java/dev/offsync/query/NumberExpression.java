package dev.offsync.query;

/**
 * A numeric expression: comparisons, arithmetic and rounding. Arguments may be any supported {@link Number}
 * ({@code Integer}, {@code Long}, {@code Float}, {@code Double}, {@code BigDecimal}); a literal keeps the type
 * of its Java class, and arithmetic promotes as {@link Arithmetic} describes.
 */
public class NumberExpression<T> extends ComparableExpression<T, Number> {

  NumberExpression(Operand operand) {
    super(operand);
  }

  /** This value plus {@code value}. */
  public final NumberExpression<T> add(Number value) {
    return arithmetic(ArithmeticOperator.ADD, Literal.ofNumber(value));
  }

  /** This value plus the other's. */
  public final NumberExpression<T> add(NumberExpression<? super T> other) {
    return arithmetic(ArithmeticOperator.ADD, other.operand());
  }

  /** This value minus {@code value}. */
  public final NumberExpression<T> sub(Number value) {
    return arithmetic(ArithmeticOperator.SUB, Literal.ofNumber(value));
  }

  /** This value minus the other's. */
  public final NumberExpression<T> sub(NumberExpression<? super T> other) {
    return arithmetic(ArithmeticOperator.SUB, other.operand());
  }

  /** This value times {@code value}. */
  public final NumberExpression<T> mul(Number value) {
    return arithmetic(ArithmeticOperator.MUL, Literal.ofNumber(value));
  }

  /** This value times the other's. */
  public final NumberExpression<T> mul(NumberExpression<? super T> other) {
    return arithmetic(ArithmeticOperator.MUL, other.operand());
  }

  /** This value divided by {@code value}: integer division for whole numbers, null when dividing by zero. */
  public final NumberExpression<T> div(Number value) {
    return arithmetic(ArithmeticOperator.DIV, Literal.ofNumber(value));
  }

  /** This value divided by the other's. */
  public final NumberExpression<T> div(NumberExpression<? super T> other) {
    return arithmetic(ArithmeticOperator.DIV, other.operand());
  }

  /** The remainder of dividing by {@code value}, with this value's sign; null when dividing by zero. */
  public final NumberExpression<T> mod(Number value) {
    return arithmetic(ArithmeticOperator.MOD, Literal.ofNumber(value));
  }

  /** The remainder of dividing by the other's value. */
  public final NumberExpression<T> mod(NumberExpression<? super T> other) {
    return arithmetic(ArithmeticOperator.MOD, other.operand());
  }

  /** The nearest whole number, halves away from zero ({@code round}). */
  public final NumberExpression<T> round() {
    return new NumberExpression<>(Call.of(Function.ROUND, operand()));
  }

  /** The largest whole number not above the value ({@code floor}). */
  public final NumberExpression<T> floor() {
    return new NumberExpression<>(Call.of(Function.FLOOR, operand()));
  }

  /** The smallest whole number not below the value ({@code ceiling}). */
  public final NumberExpression<T> ceiling() {
    return new NumberExpression<>(Call.of(Function.CEILING, operand()));
  }

  @Override
  final Literal literal(Number value) {
    return Literal.ofNumber(value);
  }

  private NumberExpression<T> arithmetic(ArithmeticOperator operator, Operand right) {
    return new NumberExpression<>(new Arithmetic(operator, operand(), right));
  }
}
