package dev.offsync.internal.store.sqlite;

import dev.offsync.query.SqlFragment;
import dev.offsync.query.SqlPrinter;
import dev.offsync.store.RowQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a local row query, printed by the query language's SQLite printer: values are always
 * parameters. Rows come in the query's order, ties broken by id, so paging is stable. Public for the Android
 * store.
 */
public final class QuerySql {

  private QuerySql() {}

  /** The {@code SELECT} of the rows. */
  public static SqlFragment select(RowSql rows, RowQuery query) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder(rows.select);
    where(query, sql, parameters);
    String order = SqlPrinter.sqlite().orderBy(query.orderBy());
    sql.append(" ORDER BY ").append(order.isEmpty() ? "" : order + ", ").append("\"id\"");
    if (query.paged()) {
      sql.append(" LIMIT ? OFFSET ?");
      parameters.add(query.top() == Integer.MAX_VALUE ? -1L : (long) query.top());
      parameters.add((long) query.skip());
    }
    return new SqlFragment(sql.toString(), parameters);
  }

  /** The number of rows {@link #select} gives. */
  public static SqlFragment count(RowSql rows, RowQuery query) {
    if (query.paged()) {
      SqlFragment select = select(rows, query);
      return new SqlFragment("SELECT COUNT(*) FROM (" + select.sql() + ")", select.parameters());
    }
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ").append(rows.table);
    where(query, sql, parameters);
    return new SqlFragment(sql.toString(), parameters);
  }

  private static void where(RowQuery query, StringBuilder sql, List<Object> parameters) {
    query.filter().ifPresent(filter -> {
      SqlFragment where = SqlPrinter.sqlite().where(filter);
      sql.append(" WHERE ").append(where.sql());
      parameters.addAll(where.parameters());
    });
  }

  /** Binds a fragment's parameters, which the printer gives in JDBC-ready storage form. */
  static void bind(PreparedStatement statement, SqlFragment fragment) throws SQLException {
    List<Object> parameters = fragment.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }
}
