package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.util.Objects;

/**
 * One {@code $orderby} term: a column and a direction. Ascending order puts nulls first, descending order
 * last, in SQLite, PostgreSQL and OData alike.
 *
 * @param <T> the entity (model) type whose queries the ordering fits
 * @param column the column's name
 * @param type the column's type, which SQL printers need to sort decimals numerically and strings by code point;
 *     null when unknown, in which case the stored values are sorted as they are
 * @param descending whether the order is descending
 */
public record Ordering<T>(String column, ColumnType type, boolean descending) {

  /** Checks that the column name is present and not empty. */
  public Ordering {
    Objects.requireNonNull(column, "column");
    if (column.isEmpty()) {
      throw new IllegalArgumentException("An ordering needs a column name");
    }
  }

  /** An ordering by a column whose type is not known; prefer {@link Field#asc()} and {@link Field#desc()}. */
  public Ordering(String column, boolean descending) {
    this(column, null, descending);
  }
}
