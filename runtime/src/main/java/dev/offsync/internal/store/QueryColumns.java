package dev.offsync.internal.store;

import dev.offsync.query.And;
import dev.offsync.query.Arithmetic;
import dev.offsync.query.Call;
import dev.offsync.query.ColumnRef;
import dev.offsync.query.Comparison;
import dev.offsync.query.Filter;
import dev.offsync.query.In;
import dev.offsync.query.Not;
import dev.offsync.query.Operand;
import dev.offsync.query.Or;
import dev.offsync.query.Ordering;
import dev.offsync.query.StringMatch;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that a local query names only columns of its table, with their types. A typed filter's entity type
 * already keeps out the fields of other tables at compile time, but a filter that fits every table (a
 * {@code Filter<Object>}: parsed text, or the system fields, which include {@code deleted}, a column no local
 * table has) is the same object at run time; without this check SQLite would read an unknown quoted column
 * name as a string literal and silently match the wrong rows.
 */
public final class QueryColumns {

  private QueryColumns() {}

  /**
   * Checks every column a filter uses.
   *
   * @throws IllegalArgumentException naming the column and the table
   */
  public static void check(TableDefinition<?> table, Filter<?> filter) {
    Map<String, ColumnType> columns = columns(table);
    Deque<Object> pending = new ArrayDeque<>();
    pending.push(filter);
    while (!pending.isEmpty()) {
      Object node = pending.pop();
      if (node instanceof ColumnRef column) {
        check(table, columns, column.name(), column.type());
      } else {
        children(node, pending);
      }
    }
  }

  /**
   * Checks the column of an ordering.
   *
   * @throws IllegalArgumentException naming the column and the table
   */
  public static void check(TableDefinition<?> table, Ordering<?> ordering) {
    check(table, columns(table), ordering.column(), ordering.type());
  }

  private static void children(Object node, Deque<Object> pending) {
    if (node instanceof Comparison<?> comparison) {
      pending.push(comparison.left());
      pending.push(comparison.right());
    } else if (node instanceof In<?> in) {
      pending.push(in.operand());
    } else if (node instanceof StringMatch<?> match) {
      pending.push(match.text());
      pending.push(match.part());
    } else if (node instanceof And<?> and) {
      and.operands().forEach(pending::push);
    } else if (node instanceof Or<?> or) {
      or.operands().forEach(pending::push);
    } else if (node instanceof Not<?> not) {
      pending.push(not.operand());
    } else if (node instanceof Arithmetic arithmetic) {
      pending.push(arithmetic.left());
      pending.push(arithmetic.right());
    } else if (node instanceof Call call) {
      for (Operand argument : call.arguments()) {
        pending.push(argument);
      }
    }
  }

  private static Map<String, ColumnType> columns(TableDefinition<?> table) {
    Map<String, ColumnType> columns = new LinkedHashMap<>();
    columns.put(SystemProperties.ID, ColumnType.STRING);
    columns.put(SystemProperties.UPDATED_AT, ColumnType.DATETIME);
    columns.put(SystemProperties.VERSION, ColumnType.STRING);
    for (ColumnDefinition column : table.columns()) {
      columns.put(column.name(), column.type());
    }
    return columns;
  }

  private static void check(TableDefinition<?> table, Map<String, ColumnType> columns, String name,
      ColumnType type) {
    ColumnType actual = columns.get(name);
    if (actual == null) {
      String why = name.equals(SystemProperties.DELETED)
          ? " (local tables hold no deleted items, so there is nothing to filter)"
          : "; it has " + columns.keySet();
      throw new IllegalArgumentException("Column '" + name + "' is not a column of table '" + table.tableName()
          + "'" + why + ". Use the constants of the table's generated class.");
    }
    if (type != null && type != actual) {
      throw new IllegalArgumentException("Column '" + name + "' of table '" + table.tableName() + "' holds "
          + lower(actual) + " values, but the query uses it as " + lower(type) + ". Use the constants of the"
          + " table's generated class.");
    }
  }

  private static String lower(ColumnType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }
}
