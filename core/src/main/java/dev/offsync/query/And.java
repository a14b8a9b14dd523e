package dev.offsync.query;

import dev.offsync.query.internal.Types;
import java.util.List;

/**
 * A conjunction: all operands must hold.
 *
 * @param operands two or more filters, none of them an {@code And} (nested ones are flattened)
 */
public record And(List<Filter> operands) implements Filter {

  /** Flattens nested conjunctions and checks that there are at least two operands. */
  public And {
    operands = Types.flatten(operands, And.class, "and");
  }
}
