package dev.offsync.query;

/** A boolean-valued column. */
public class BooleanExpression<T> extends Expression<T, Boolean> {

  BooleanExpression(Operand operand) {
    super(operand);
  }

  /** True where the value is true ({@code (complete eq true)}). */
  public final Filter<T> isTrue() {
    return eq(Boolean.TRUE);
  }

  /** True where the value is false ({@code (complete eq false)}); a null value is neither true nor false. */
  public final Filter<T> isFalse() {
    return eq(Boolean.FALSE);
  }
}
