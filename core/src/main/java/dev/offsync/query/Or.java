package dev.offsync.query;

import dev.offsync.query.internal.Types;
import java.util.List;

/**
 * A disjunction: at least one operand must hold.
 *
 * @param operands two or more filters, none of them an {@code Or} (nested ones are flattened)
 */
public record Or(List<Filter> operands) implements Filter {

  /** Flattens nested disjunctions and checks that there are at least two operands. */
  public Or {
    operands = Types.flatten(operands, Or.class, "or");
  }
}
