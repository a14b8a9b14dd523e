package dev.offsync.query;

/**
 * A numeric expression: comparisons, arithmetic and rounding. Arguments may be any supported {@link Number}
 * ({@code Integer}, {@code Long}, {@code Float}, {@code Double}, {@code BigDecimal}); a literal keeps the type
 * of its Java class, and arithmetic promotes as {@link Arithmetic} describes.
 */
public class NumberExpression extends ComparableExpression<Number> {

  NumberExpression(Operand operand) {
    super(operand);
  }

  /** This value plus {@code value}. */
  public final NumberExpression add(Number value) {
    return arithmetic(ArithmeticOperator.ADD, Literal.ofNumber(value));
  }

  /** This value plus the other's. */
  public final NumberExpression add(NumberExpression other) {
    return arithmetic(ArithmeticOperator.ADD, other.operand());
  }

  /** This value minus {@code value}. */
  public final NumberExpression sub(Number value) {
    return arithmetic(ArithmeticOperator.SUB, Literal.ofNumber(value));
  }

  /** This value minus the other's. */
  public final NumberExpression sub(NumberExpression other) {
    return arithmetic(ArithmeticOperator.SUB, other.operand());
  }

  /** This value times {@code value}. */
  public final NumberExpression mul(Number value) {
    return arithmetic(ArithmeticOperator.MUL, Literal.ofNumber(value));
  }

  /** This value times the other's. */
  public final NumberExpression mul(NumberExpression other) {
    return arithmetic(ArithmeticOperator.MUL, other.operand());
  }

  /** This value divided by {@code value}: integer division for whole numbers, null when dividing by zero. */
  public final NumberExpression div(Number value) {
    return arithmetic(ArithmeticOperator.DIV, Literal.ofNumber(value));
  }

  /** This value divided by the other's. */
  public final NumberExpression div(NumberExpression other) {
    return arithmetic(ArithmeticOperator.DIV, other.operand());
  }

  /** The remainder of dividing by {@code value}, with this value's sign; null when dividing by zero. */
  public final NumberExpression mod(Number value) {
    return arithmetic(ArithmeticOperator.MOD, Literal.ofNumber(value));
  }

  /** The remainder of dividing by the other's value. */
  public final NumberExpression mod(NumberExpression other) {
    return arithmetic(ArithmeticOperator.MOD, other.operand());
  }

  /** The nearest whole number, halves away from zero ({@code round}). */
  public final NumberExpression round() {
    return new NumberExpression(Call.of(Function.ROUND, operand()));
  }

  /** The largest whole number not above the value ({@code floor}). */
  public final NumberExpression floor() {
    return new NumberExpression(Call.of(Function.FLOOR, operand()));
  }

  /** The smallest whole number not below the value ({@code ceiling}). */
  public final NumberExpression ceiling() {
    return new NumberExpression(Call.of(Function.CEILING, operand()));
  }

  @Override
  final Literal literal(Number value) {
    return Literal.ofNumber(value);
  }

  private NumberExpression arithmetic(ArithmeticOperator operator, Operand right) {
    return new NumberExpression(new Arithmetic(operator, operand(), right));
  }
}
