package dev.offsync.query;

import dev.offsync.query.internal.Types;
import java.util.List;

/**
 * A conjunction: all operands must hold.
 *
 * @param <T> the entity (model) type whose queries the filter fits
 * @param operands two or more filters, none of them an {@code And} (nested ones are flattened)
 */
public record And<T>(List<Filter<? super T>> operands) implements Filter<T> {

  /** Flattens nested conjunctions and checks that there are at least two operands. */
  public And {
    operands = Types.flatten(operands, And.class, "and");
  }
}
