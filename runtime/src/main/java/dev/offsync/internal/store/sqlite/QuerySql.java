package dev.offsync.internal.store.sqlite;

import dev.offsync.internal.store.RowQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The SQL of a local row query: order, paging and their parameters. */
final class QuerySql {

  private QuerySql() {}

  /** The {@code SELECT} of the rows; bind its parameters with {@link #bind}. */
  static String select(RowSql rows, RowQuery query) {
    return rows.select + " ORDER BY \"id\" LIMIT ? OFFSET ?";
  }

  /** The number of rows {@link #select} gives, with the same parameters. */
  static String count(RowSql rows, RowQuery query) {
    return "SELECT COUNT(*) FROM (" + select(rows, query) + ")";
  }

  /** Binds the parameters of {@link #select} and {@link #count}. */
  static void bind(PreparedStatement statement, RowQuery query) throws SQLException {
    int index = 1;
    statement.setLong(index++, query.top() == Integer.MAX_VALUE ? -1 : query.top());
    statement.setLong(index, query.skip());
  }
}
