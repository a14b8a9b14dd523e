package dev.offsync.query;

import java.util.Objects;

/**
 * The complement of a filter. Because filters are two-valued, a row matches {@code not(f)} exactly when it does
 * not match {@code f}, nulls included.
 *
 * @param <T> the entity (model) type whose queries the filter fits
 * @param operand the filter to negate
 */
public record Not<T>(Filter<? super T> operand) implements Filter<T> {

  /** Checks that the operand is present. */
  public Not {
    Objects.requireNonNull(operand, "operand");
  }
}
