package dev.offsync.query;

import dev.offsync.query.internal.Types;
import dev.offsync.schema.ColumnType;
import java.util.Objects;

/**
 * An arithmetic expression on two numeric operands, such as {@code (price mul 2)}.
 *
 * <p>The result type follows numeric promotion: {@code int < long < decimal < float < double}, except that
 * {@code decimal} with {@code float} gives {@code double}. Any null operand gives null.
 *
 * @param operator the operator
 * @param left the left operand
 * @param right the right operand
 */
public record Arithmetic(ArithmeticOperator operator, Operand left, Operand right) implements Operand {

  /** Checks that both operands are numeric and not the null literal. */
  public Arithmetic {
    Objects.requireNonNull(operator, "operator");
    Types.requireNumeric(left, operator.odata());
    Types.requireNumeric(right, operator.odata());
  }

  @Override
  public ColumnType type() {
    return Types.promote(left.type(), right.type());
  }
}
