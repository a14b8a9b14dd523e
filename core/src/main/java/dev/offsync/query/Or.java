package dev.offsync.query;

import dev.offsync.query.internal.Types;
import java.util.List;

/**
 * A disjunction: at least one operand must hold.
 *
 * @param <T> the entity (model) type whose queries the filter fits
 * @param operands two or more filters, none of them an {@code Or} (nested ones are flattened)
 */
public record Or<T>(List<Filter<? super T>> operands) implements Filter<T> {

  /** Flattens nested disjunctions and checks that there are at least two operands. */
  public Or {
    operands = Types.flatten(operands, Or.class, "or");
  }
}
