package dev.offsync.server.internal.protocol;

import dev.offsync.query.ColumnRef;
import dev.offsync.query.Comparison;
import dev.offsync.query.ComparisonOperator;
import dev.offsync.query.Filter;
import dev.offsync.query.Literal;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import dev.offsync.server.RowView;
import dev.offsync.server.internal.model.Item;
import dev.offsync.server.internal.model.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A {@link RowView} applied: as filter terms for lists, and to one item for reads and writes. */
final class Views {

  private Views() {}

  /** Whether the item is in the view. */
  static boolean includes(RowView view, Table table, Item item) {
    for (Map.Entry<String, Object> equality : view.equalities().entrySet()) {
      Object actual = equality.getKey().equals(SystemProperties.ID) ? item.id()
          : item.values().get(column(table, equality.getKey()).name());
      if (!same(actual, equality.getValue())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The filter of a list request: the caller's filter, the exclusion of deleted rows unless they are asked for,
   * and the view's equalities, all in core's query tree; null when nothing restricts the rows.
   */
  static Filter<Object> restrict(Filter<Object> filter, boolean includeDeleted, RowView view, Table table) {
    List<Filter<Object>> all = new ArrayList<>();
    if (filter != null) {
      all.add(filter);
    }
    if (!includeDeleted) { // soft-deleted rows, or tombstones of a hard-delete table
      all.add(new Comparison<>(ComparisonOperator.EQ, new ColumnRef(SystemProperties.DELETED, ColumnType.BOOLEAN),
          Literal.of(ColumnType.BOOLEAN, false)));
    }
    for (Map.Entry<String, Object> equality : view.equalities().entrySet()) {
      boolean id = equality.getKey().equals(SystemProperties.ID);
      String name = id ? SystemProperties.ID : column(table, equality.getKey()).name();
      ColumnType type = id ? ColumnType.STRING : column(table, equality.getKey()).type();
      all.add(new Comparison<>(ComparisonOperator.EQ, new ColumnRef(name, type),
          Literal.of(type, equality.getValue())));
    }
    return all.isEmpty() ? null : Filter.allOf(all);
  }

  private static ColumnDefinition column(Table table, String name) {
    return table.column(name).orElseThrow(() -> new IllegalStateException("The access policy's view of table '"
        + table.name() + "' names column '" + name + "', which the table does not have"));
  }

  private static boolean same(Object actual, Object expected) {
    if (actual instanceof byte[] a && expected instanceof byte[] b) {
      return Arrays.equals(a, b);
    }
    if (actual instanceof BigDecimal a && expected instanceof BigDecimal b) {
      return a.compareTo(b) == 0;
    }
    return Objects.equals(actual, expected);
  }
}
