package dev.offsync.query;

import dev.offsync.query.internal.Types;
import java.util.Objects;

/**
 * A comparison of two operands, such as {@code (rating eq 'G')} or {@code (price gt 10)}.
 *
 * <p>Comparing with the {@linkplain Literal#nullOf null literal} tests for null with {@code eq}/{@code ne} and
 * never matches with the ordering operators.
 *
 * @param <T> the entity (model) type whose queries the filter fits
 * @param operator the operator
 * @param left the left operand
 * @param right the right operand
 */
public record Comparison<T>(ComparisonOperator operator, Operand left, Operand right) implements Filter<T> {

  /** Checks that the operand types can be compared with this operator. */
  public Comparison {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    String problem = Types.checkComparison(operator, left, right);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }
}
