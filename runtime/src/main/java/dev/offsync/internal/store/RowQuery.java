package dev.offsync.internal.store;

/**
 * What a local query selects: paging for now.
 *
 * @param skip the number of rows to skip, at least 0
 * @param top the maximum number of rows, or {@link Integer#MAX_VALUE} for no limit
 */
public record RowQuery(int skip, int top) {

  /** Checks the bounds. */
  public RowQuery {
    if (skip < 0) {
      throw new IllegalArgumentException("skip must not be negative: " + skip);
    }
    if (top < 0) {
      throw new IllegalArgumentException("top must not be negative: " + top);
    }
  }

  /** Every row, ordered by id. */
  public static RowQuery all() {
    return new RowQuery(0, Integer.MAX_VALUE);
  }
}
