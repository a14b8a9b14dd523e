package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import dev.offsync.internal.generated.Values;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.UUID;

/** The {@link Todo} table in a real database, in SQLite's or PostgreSQL's storage form, queried by printed SQL. */
final class SqlTable {

  private final Connection connection;
  private final boolean postgres;
  private final SqlPrinter printer;
  private final String table;

  SqlTable(Connection connection, boolean postgres, String table) {
    this.connection = connection;
    this.postgres = postgres;
    this.printer = postgres ? SqlPrinter.postgres() : SqlPrinter.sqlite();
    this.table = table;
  }

  SqlPrinter printer() {
    return printer;
  }

  void create(List<Map<String, Object>> rows) throws SQLException {
    StringJoiner columns = new StringJoiner(", ");
    for (Map.Entry<String, ColumnType> column : Todo.COLUMNS.entrySet()) {
      String type = postgres ? column.getValue().postgresType() : column.getValue().sqliteType();
      columns.add("\"" + column.getKey() + "\" " + type + (column.getKey().equals("id") ? " PRIMARY KEY" : ""));
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS \"" + table + "\"");
      statement.execute("CREATE TABLE \"" + table + "\" (" + columns + ")");
    }
    String placeholders = String.join(", ", java.util.Collections.nCopies(Todo.COLUMNS.size(), "?"));
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"" + table + "\" VALUES ("
        + placeholders + ")")) {
      for (Map<String, Object> row : rows) {
        int index = 1;
        for (Map.Entry<String, ColumnType> column : Todo.COLUMNS.entrySet()) {
          insert.setObject(index++, stored(column.getValue(), row.get(column.getKey())));
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private Object stored(ColumnType type, Object value) {
    if (value == null) {
      return null;
    }
    if (postgres) {
      return type == ColumnType.DATETIME ? ((Instant) value).atOffset(ZoneOffset.UTC) : value;
    }
    return switch (type) {
      case BOOLEAN -> (Boolean) value ? 1 : 0;
      case DECIMAL -> ((BigDecimal) value).toPlainString();
      case DATETIME -> ((Instant) value).toEpochMilli();
      case DATE -> Values.formatDate((LocalDate) value);
      case TIME -> Values.formatTime((LocalTime) value);
      case LOCAL_DATETIME -> Values.formatLocalDateTime((LocalDateTime) value);
      case UUID -> value.toString();
      case FLOAT -> ((Float) value).doubleValue();
      default -> value;
    };
  }

  /** The ids of the rows the printed SQL selects, sorted. */
  TreeSet<String> select(Filter<?> filter) throws SQLException {
    return select(printer.where(filter));
  }

  TreeSet<String> select(SqlFragment where) throws SQLException {
    TreeSet<String> ids = new TreeSet<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT \"id\" FROM \"" + table + "\" WHERE "
        + where.sql())) {
      bind(query, where.parameters());
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          ids.add(result.getString(1));
        }
      }
    }
    return ids;
  }

  /** The ids in the order the query's clauses give. */
  List<String> list(Query query) throws SQLException {
    SqlFragment clauses = printer.clauses(query);
    List<String> ids = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement("SELECT \"id\" FROM \"" + table + "\" "
        + clauses.sql())) {
      bind(statement, clauses.parameters());
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          ids.add(result.getString(1));
        }
      }
    }
    return ids;
  }

  private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  /** The ids of the rows the evaluator says match, sorted. */
  static TreeSet<String> expected(Filter filter, List<Map<String, Object>> rows) {
    TreeSet<String> ids = new TreeSet<>();
    for (Map<String, Object> row : rows) {
      if (Evaluator.matches(filter, row)) {
        ids.add((String) row.get("id"));
      }
    }
    return ids;
  }

  static UUID uuid(String text) {
    return UUID.fromString(text);
  }
}
