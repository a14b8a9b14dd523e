package dev.offsync.query;

import dev.offsync.query.internal.Types;
import java.util.List;
import java.util.Objects;

/**
 * A membership test, {@code title in ('a','b')}: true when the operand is not null and equals one of the values.
 *
 * @param <T> the entity (model) type whose queries the filter fits
 * @param operand the tested operand
 * @param values one or more non-null literals comparable with the operand
 */
public record In<T>(Operand operand, List<Literal> values) implements Filter<T> {

  /** Checks that there is at least one value and that each is a non-null literal of a comparable type. */
  public In {
    Objects.requireNonNull(operand, "operand");
    values = List.copyOf(values);
    String problem = Types.checkIn(operand, values);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }
}
