package dev.offsync.store;

import dev.offsync.operations.OperationState;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which queue operations to read: by table (empty = all tables) and state, at most {@code limit}, always in
 * sequence order.
 *
 * @param tables the table names to include; empty for all
 * @param states the states to include; never empty
 * @param limit the maximum number of operations, or {@link Integer#MAX_VALUE}
 */
public record OperationFilter(Set<String> tables, Set<OperationState> states, int limit) {

  /** Copies the sets and checks the limit. */
  public OperationFilter {
    tables = Set.copyOf(tables);
    states = Set.copyOf(states);
    if (states.isEmpty()) {
      throw new IllegalArgumentException("states must not be empty");
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
  }

  /** Every operation of every table. */
  public static OperationFilter all() {
    return new OperationFilter(Set.of(), EnumSet.allOf(OperationState.class), Integer.MAX_VALUE);
  }

  /** Every operation of one table. */
  public static OperationFilter table(String table) {
    return new OperationFilter(Set.of(table), EnumSet.allOf(OperationState.class), Integer.MAX_VALUE);
  }
}
