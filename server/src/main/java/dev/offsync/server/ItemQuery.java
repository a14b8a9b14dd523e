package dev.offsync.server;

import dev.offsync.query.Filter;
import dev.offsync.query.Ordering;
import java.util.List;
import java.util.Objects;

/**
 * One page of a list request as a {@link Repository} answers it, in core's typed query tree.
 *
 * <p>The protocol core has already added everything that is not the caller's own query to the filter: the
 * exclusion of deleted items (unless the caller asked for them), and the access policy's data view. A repository
 * evaluates the filter as it stands, with OData's meaning (see {@code dev.offsync.query.ComparisonOperator}:
 * two-valued logic, {@code eq null} tests for null), and refuses what it cannot evaluate by throwing
 * {@link RequestRejectedException} with status 400.
 *
 * @param filter the rows to return, or null for every row; column names are the table's, in their canonical
 *     spelling, and the system columns {@code id}, {@code updatedAt}, {@code version} and {@code deleted}
 * @param orderBy the order, never empty, always ending with {@code id} ascending unless it orders by {@code id}
 *     already, so pages are stable
 * @param offset rows to skip
 * @param limit rows to return at most
 */
public record ItemQuery(Filter<Object> filter, List<Ordering<Object>> orderBy, long offset, int limit) {

  /** Checks the parts and copies the order. */
  public ItemQuery {
    orderBy = List.copyOf(Objects.requireNonNull(orderBy, "orderBy"));
    if (orderBy.isEmpty()) {
      throw new IllegalArgumentException("A query needs an order, at least by id");
    }
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }
}
