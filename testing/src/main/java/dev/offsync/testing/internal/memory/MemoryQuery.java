package dev.offsync.testing.internal.memory;

import dev.offsync.query.Ordering;
import dev.offsync.schema.ColumnType;
import dev.offsync.store.RowQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a {@link RowQuery} over a table in memory, as the SQLite store's {@code SELECT ... WHERE ... ORDER BY
 * ..., id LIMIT ? OFFSET ?} does: filter, order (ascending puts nulls first, descending last; decimals in
 * numeric order), ties by id, then skip and top.
 */
final class MemoryQuery {

  private MemoryQuery() {}

  /** The matching rows in the query's order, paged. */
  static List<Object[]> select(MemoryTable table, String tableName, RowQuery query) {
    FilterEvaluator evaluator = new FilterEvaluator(table.layout(), tableName);
    List<Object[]> rows = new ArrayList<>();
    for (Object[] row : table.rows().values()) {
      if (query.filter().isEmpty() || evaluator.matches(query.filter().get(), row)) {
        rows.add(row);
      }
    }
    if (!query.orderBy().isEmpty()) {
      // The rows come in id order and the sort is stable, so ties stay in id order.
      rows.sort(order(table.layout(), tableName, query.orderBy()));
    }
    int from = (int) Math.min(rows.size(), (long) query.skip());
    int to = (int) Math.min(rows.size(), (long) from + query.top());
    return rows.subList(from, to);
  }

  private static Comparator<Object[]> order(RowLayout layout, String tableName, List<Ordering<?>> orderings) {
    Comparator<Object[]> order = (a, b) -> 0;
    for (Ordering<?> ordering : orderings) {
      int index = layout.indexOf(ordering.column());
      if (index < 0) {
        throw new IllegalArgumentException("Column '" + ordering.column() + "' is not a column of table '"
            + tableName + "'");
      }
      boolean decimal = ordering.type() == ColumnType.DECIMAL;
      Comparator<Object[]> term = (a, b) -> SqliteValues.compare(sortValue(a[index], decimal),
          sortValue(b[index], decimal));
      order = order.thenComparing(ordering.descending() ? term.reversed() : term);
    }
    return order;
  }

  private static Object sortValue(Object value, boolean decimal) {
    return decimal ? SqliteValues.real(value) : value;
  }
}
