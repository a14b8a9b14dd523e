package dev.offsync.server.internal.protocol;

import static dev.offsync.server.internal.storage.Sql.quote;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import dev.offsync.server.RowView;
import dev.offsync.server.internal.model.Item;
import dev.offsync.server.internal.model.Table;
import dev.offsync.server.internal.storage.Dialect;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A {@link RowView} applied: as SQL conditions for lists, and to one item for reads and writes. */
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

  /** Adds the view's conditions and their storage-form parameters. */
  static void addConditions(RowView view, Table table, Dialect dialect, List<String> conditions,
      List<Object> parameters) {
    for (Map.Entry<String, Object> equality : view.equalities().entrySet()) {
      boolean id = equality.getKey().equals(SystemProperties.ID);
      String name = id ? SystemProperties.ID : column(table, equality.getKey()).name();
      ColumnType type = id ? ColumnType.STRING : column(table, equality.getKey()).type();
      conditions.add(quote(name) + " = ?");
      parameters.add(dialect.toStorage(type, equality.getValue()));
    }
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
