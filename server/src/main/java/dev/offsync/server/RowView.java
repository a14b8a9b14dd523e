package dev.offsync.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rows of a table that a user may see: every row, or the rows whose columns equal given values.
 *
 * <p>The server adds the view to every list query and checks it on every read and write; a row outside the
 * view answers 404, as if it did not exist. Values are Java values of the column's type (a {@code String} for
 * a string column, a {@code Long} for a long column, and so on).
 */
public final class RowView {

  private static final RowView ALL = new RowView(Map.of());

  private final Map<String, Object> equalities;

  private RowView(Map<String, Object> equalities) {
    this.equalities = equalities;
  }

  /** Every row. */
  public static RowView all() {
    return ALL;
  }

  /** The rows whose {@code column} equals {@code value}. */
  public static RowView where(String column, Object value) {
    return ALL.and(column, value);
  }

  /** This view narrowed to the rows whose {@code column} also equals {@code value}. */
  public RowView and(String column, Object value) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Map<String, Object> copy = new LinkedHashMap<>(equalities);
    copy.put(column, value);
    return new RowView(Map.copyOf(copy));
  }

  /** The required column values; empty for every row. */
  public Map<String, Object> equalities() {
    return equalities;
  }

  /** Whether this view is every row. */
  public boolean isAll() {
    return equalities.isEmpty();
  }
}
